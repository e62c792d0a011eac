// The exercise editor (/exercises/new, /exercises/ID/edit, /exercises/new?from=ID). It loads the exercise's
// catalog document (GET /api/v1/exercises/ID/document), lets every field be changed, poses the figure
// step by step with sliders made from GET /api/v1/figure/joints (or by dragging on the figure), draws it
// live with the server's own renderer (POST /api/v1/figure/preview.svg) and saves the document through the
// JSON API. The API checks it with the catalog loader's rules; its problem is shown next to the field it
// names. Every text from the user goes in as textContent or a value, never as markup.

import { el, problemOf, reorderable, say, UNREACHABLE } from './editing.js';

const API = '/api/v1/exercises';
const FIGURE = '/api/v1/figure';
const JSON_HEADERS = { 'Content-Type': 'application/json' };
const MAX_STEPS = 8;
const MAX_BEATS = 6;
const PREVIEW_DELAY_MS = 120;
/** What a new exercise starts with: one held main step, standing anywhere. */
const BLANK = {
  name: '', summary: '', counters: [], targets: [], positions: ['standing'], places: ['anywhere'],
  equipment: ['none'], sides: 'none', dose: { hold: { default: 30, min: 10, max: 60 } },
  steps: [{ text: '', cue: '', main: true }], feel: '', safety: [], difficulty: 'easy',
};
const DEFAULT_TEMPO = [{ cue: 'Move', seconds: 2 }, { cue: 'Back', seconds: 2 }];

const $ = (id) => document.getElementById(id);
const lines = (text) => text.split('\n').map((line) => line.trim()).filter((line) => line !== '');
const numberIn = (input) => (input.value.trim() === '' ? undefined : Number(input.value));

const form = $('exercise-form');
if (form) {
  start(form);
}

async function start(form) {
  const announce = $('announce');
  const steps = $('steps');
  const tempo = $('tempo');
  const posedStep = $('posed-step');
  const viewSelect = $('figure-view');
  const baseSelect = $('figure-pose');
  const sides = $('sides');
  const id = form.dataset.exerciseId;
  /** Fields the form does not show but an exercise keeps when saved again (its licence and source); the
   *  "imported, review the dose" mark goes, since a person has now looked at it. */
  let kept = {};
  let joints = [];
  let basePoses = {};
  let posedRow = null;
  let activeJoint = null;
  let rowCount = 0;

  const rows = () => [...steps.children];
  const cueOf = (row) => row.querySelector('[data-field="cue"]').value.trim();
  const nameOf = (row) => cueOf(row) || `Step ${rows().indexOf(row) + 1}`;
  const view = () => viewSelect.value;
  const limits = (joint) => joint.limits[view()];
  const clamp = (joint, value) => Math.max(limits(joint).min, Math.min(limits(joint).max, Math.round(value)));
  const basePose = () => ({ ...basePoses[baseSelect.value].values });

  // ---- Steps: add, remove, reorder ----

  reorderable(steps, {
    nameOf, announce, noun: ['step', 'steps'], focusWhenEmpty: $('add-step'),
    changed: () => { renumber(); schedulePreview(); },
  });

  function field(id, label, control, hint) {
    return el('div', { class: 'field' }, el('label', { for: id }, label), control,
      hint ? el('span', { class: 'hint', id: `${id}-hint` }, hint) : null);
  }

  function buildStep(values, pose, peak) {
    const id = `step-${++rowCount}`;
    const problem = `${id}-problem`;
    const described = (hint) => (hint ? `${id}-${hint}-hint ${problem}` : problem);
    const row = el('li', { class: 'item step', tabindex: 0, 'aria-labelledby': `${id}-name` },
      el('div', { class: 'item-head' },
        el('span', { class: 'handle', 'aria-hidden': 'true', title: 'Drag to move' }, '⠿'),
        el('h3', { id: `${id}-name` }, el('span', { class: 'position' }), el('span', { class: 'step-cue' }))),
      field(`${id}-text`, 'Instruction', el('textarea', { id: `${id}-text`, rows: 2, 'data-field': 'text',
        'aria-describedby': described('text') }), '10–400 characters.'),
      el('div', { class: 'fields' },
        field(`${id}-cue`, 'Spoken cue', el('input', { id: `${id}-cue`, 'data-field': 'cue', autocomplete: 'off',
          maxlength: 60, 'aria-describedby': described('cue') }), '2–60 characters, said aloud.'),
        field(`${id}-seconds`, 'Seconds', el('input', { id: `${id}-seconds`, type: 'number', inputmode: 'numeric',
          min: 1, max: 60, placeholder: 5, 'data-field': 'seconds', 'aria-describedby': described('seconds') }),
        '1–60; empty: 5.'),
        el('label', { class: 'check main-check' }, el('input', { type: 'radio', name: 'main-step', 'data-field': 'main',
          'aria-describedby': problem }), 'Main step (the dose applies to it)')),
      el('p', { class: 'problem', id: problem, hidden: true }),
      el('div', { class: 'row item-actions' },
        el('button', { type: 'button', 'data-pose': '' }, 'Pose this step', el('span', { class: 'visually-hidden step-name' })),
        el('button', { type: 'button', 'data-move': '-1' }, 'Move up', el('span', { class: 'visually-hidden step-name' })),
        el('button', { type: 'button', 'data-move': '1' }, 'Move down', el('span', { class: 'visually-hidden step-name' })),
        el('button', { type: 'button', class: 'danger', 'data-remove': '' }, 'Remove',
          el('span', { class: 'visually-hidden step-name' }))));
    row.querySelector('[data-field="text"]').value = values.text ?? '';
    row.querySelector('[data-field="cue"]').value = values.cue ?? '';
    row.querySelector('[data-field="seconds"]').value = values.seconds ?? '';
    row.querySelector('[data-field="main"]').checked = values.main === true;
    row.pose = pose;
    row.peak = peak || null;
    return row;
  }

  /** Numbers the steps, names their buttons, gives their fields the paths the API names, and lists them for posing. */
  function renumber() {
    const all = rows();
    all.forEach((row, i) => {
      row.querySelector('.position').textContent = `Step ${i + 1}`;
      row.querySelector('.step-cue').textContent = cueOf(row) ? `: ${cueOf(row)}` : '';
      row.querySelectorAll('.step-name').forEach((span) => { span.textContent = ` ${i + 1}`; });
      row.querySelectorAll('[data-field]').forEach((input) => {
        input.dataset.path = input.dataset.field === 'main' ? `steps[${i}]` : `steps[${i}].${input.dataset.field}`;
      });
    });
    if (!all.includes(posedRow)) {
      posedRow = all[0] || null;
    }
    posedStep.replaceChildren(...all.map((row, i) => el('option', { value: i, selected: row === posedRow },
      `${i + 1}. ${cueOf(row) || 'no cue yet'}`)));
    all.forEach((row) => row.classList.toggle('posed', row === posedRow));
    $('add-step').disabled = all.length >= MAX_STEPS;
    showPose();
  }

  function addStep(values, pose, peak) {
    const row = buildStep(values, pose, peak);
    steps.append(row);
    return row;
  }

  $('add-step').addEventListener('click', () => {
    const last = rows().at(-1);
    const row = addStep({}, last ? { ...last.pose } : basePose(), null);
    if (rows().length === 1) {
      row.querySelector('[data-field="main"]').checked = true;
    }
    posedRow = row;
    renumber();
    schedulePreview();
    row.querySelector('[data-field="text"]').focus();
    say(announce, `Step ${rows().length} added, posed as the step before it.`);
  });

  steps.addEventListener('click', (event) => {
    const button = event.target.closest('[data-pose]');
    if (button) {
      pose(button.closest('.item'));
      $('figure-title').scrollIntoView({ block: 'start' });
      posedStep.focus();
    }
  });

  steps.addEventListener('input', (event) => {
    if (event.target.dataset.field === 'cue') {
      renumber();
      schedulePreview();
    }
  });

  // ---- Dose ----

  const doseKind = () => form.querySelector('[name="dose-kind"]:checked').value;

  function showDose() {
    $('hold-fields').hidden = doseKind() !== 'hold';
    $('reps-fields').hidden = doseKind() !== 'reps';
    if (doseKind() === 'reps' && tempo.children.length === 0) {
      DEFAULT_TEMPO.forEach(addBeat);
      renumberBeats();
    }
  }

  function addBeat(beat) {
    const id = `beat-${++rowCount}`;
    const li = el('li', { class: 'beat' },
      el('div', { class: 'fields' },
        field(`${id}-cue`, 'Cue', el('input', { id: `${id}-cue`, 'data-beat': 'cue', maxlength: 30, autocomplete: 'off',
          'aria-describedby': 'tempo-problem' })),
        field(`${id}-seconds`, 'Seconds', el('input', { id: `${id}-seconds`, type: 'number', inputmode: 'numeric',
          min: 1, max: 10, 'data-beat': 'seconds', 'aria-describedby': 'tempo-problem' })),
        el('button', { type: 'button', class: 'danger', 'data-remove-beat': '' }, 'Remove',
          el('span', { class: 'visually-hidden beat-name' }))));
    li.querySelector('[data-beat="cue"]').value = beat.cue ?? '';
    li.querySelector('[data-beat="seconds"]').value = beat.seconds ?? '';
    tempo.append(li);
    return li;
  }

  function renumberBeats() {
    [...tempo.children].forEach((li, i) => {
      li.querySelector('.beat-name').textContent = ` beat ${i + 1}`;
      li.querySelectorAll('[data-beat]').forEach((input) => {
        input.dataset.path = `dose.reps.tempo[${i}].${input.dataset.beat}`;
      });
    });
    $('add-beat').disabled = tempo.children.length >= MAX_BEATS;
  }

  form.querySelectorAll('[name="dose-kind"]').forEach((radio) => radio.addEventListener('change', () => {
    showDose();
    schedulePreview();
  }));
  $('add-beat').addEventListener('click', () => {
    const li = addBeat({ seconds: 2 });
    renumberBeats();
    li.querySelector('input').focus();
    say(announce, `Beat ${tempo.children.length} added.`);
  });
  tempo.addEventListener('click', (event) => {
    const button = event.target.closest('[data-remove-beat]');
    if (button) {
      button.closest('li').remove();
      renumberBeats();
      $('add-beat').focus();
      say(announce, `Beat removed; ${tempo.children.length} left.`);
    }
  });

  // ---- The figure: joints, poses, props and the live preview ----

  function buildJoints() {
    const groups = new Map([['Body', []], ['Left arm', []], ['Right arm', []], ['Left leg', []], ['Right leg', []]]);
    for (const joint of joints) {
      const limb = /shoulder|elbow|wrist|arm-tilt/.test(joint.name) ? 'arm' : 'leg';
      const group = joint.side === 'none' ? 'Body' : `${joint.side === 'left' ? 'Left' : 'Right'} ${limb}`;
      const id = `joint-${joint.name}`;
      groups.get(group).push(el('div', { class: 'joint' },
        el('label', { for: id }, joint.label),
        el('input', { id, type: 'range', step: 1, 'data-joint': joint.name, 'aria-describedby': `${id}-value figure-problem` }),
        el('output', { id: `${id}-value`, for: id })));
    }
    const panel = $('joints');
    for (const [legend, sliders] of groups) {
      panel.append(el('details', { class: 'joint-group', open: legend === 'Body' || null },
        el('summary', {}, legend), el('div', { class: 'joint-list' }, ...sliders)));
    }
  }

  const unitOf = (joint) => (joint.unit === 'degrees' ? '°' : '');
  const spoken = (joint, value) => (joint.unit === 'degrees' ? `${value} degrees` : `${value} of 160 across, 150 down`);

  /** Shows the posed step's pose on the sliders, within the limits of the chosen view. */
  function showPose() {
    for (const joint of joints) {
      const input = $(`joint-${joint.name}`);
      input.min = limits(joint).min;
      input.max = limits(joint).max;
      const value = posedRow ? clamp(joint, posedRow.pose[joint.name] ?? 0) : 0;
      input.value = value;
      input.disabled = !posedRow;
      input.setAttribute('aria-valuetext', spoken(joint, value));
      $(`joint-${joint.name}-value`).textContent = `${value}${unitOf(joint)}`;
    }
    const index = rows().indexOf(posedRow);
    $('preview-left-caption').textContent = index < 0 ? 'Left side' : `Step ${index + 1}${sides.value === 'both' ? ', left side' : ''}`;
  }

  function pose(row) {
    posedRow = row;
    renumber();
    schedulePreview();
    say(announce, `Posing step ${rows().indexOf(row) + 1}.`);
  }

  function setJoint(name, value) {
    const joint = joints.find((j) => j.name === name);
    posedRow.pose[name] = clamp(joint, value);
    showPose();
    schedulePreview();
  }

  function chooseJoint(name) {
    activeJoint = name;
    $('drag-joint').textContent = name ? joints.find((j) => j.name === name).label.toLowerCase() : 'where it stands';
  }

  $('joints').addEventListener('input', (event) => {
    const name = event.target.dataset.joint;
    if (name && posedRow) {
      chooseJoint(name);
      setJoint(name, Number(event.target.value));
    }
  });
  $('joints').addEventListener('focusin', (event) => {
    if (event.target.dataset.joint) {
      chooseJoint(event.target.dataset.joint);
    }
  });
  posedStep.addEventListener('change', () => pose(rows()[Number(posedStep.value)]));
  $('reset-pose').addEventListener('click', () => {
    if (posedRow) {
      posedRow.pose = basePose();
      posedRow.peak = null;
      showPose();
      schedulePreview();
      say(announce, `Step ${rows().indexOf(posedRow) + 1} is back in the ${baseSelect.value} pose.`);
    }
  });
  viewSelect.addEventListener('change', () => { showPose(); schedulePreview(); });
  baseSelect.addEventListener('change', () => {
    const base = basePoses[baseSelect.value];
    viewSelect.value = base.view;
    rows().forEach((row) => { row.pose = { ...base.values }; row.peak = null; });
    setProps(base.props);
    showPose();
    schedulePreview();
    say(announce, `Every step now starts ${baseSelect.value}.`);
  });
  sides.addEventListener('change', () => { showPose(); schedulePreview(); });

  function setProps(props) {
    form.querySelectorAll('[data-prop]').forEach((div) => {
      const at = props[div.dataset.prop];
      div.querySelector('[data-prop-on]').checked = Boolean(at);
      div.querySelector('[data-prop-x]').value = at ? at.x : '';
      div.querySelector('[data-prop-y]').value = at ? at.y : '';
    });
    countProps();
  }

  function countProps() {
    $('props-count').textContent = form.querySelectorAll('[data-prop-on]:checked').length;
  }

  form.querySelector('.props').addEventListener('input', () => { countProps(); schedulePreview(); });

  // Dragging on the figure changes the joint last moved, or where the figure stands.
  const previewLeft = $('preview-left');
  previewLeft.addEventListener('pointerdown', (event) => {
    if (!posedRow || event.button !== 0) {
      return;
    }
    event.preventDefault();
    previewLeft.setPointerCapture(event.pointerId);
    const scale = 160 / previewLeft.getBoundingClientRect().width;
    const from = { x: event.clientX, y: event.clientY, pose: { ...posedRow.pose } };
    const onMove = (e) => {
      const dx = (e.clientX - from.x) * scale;
      const dy = (e.clientY - from.y) * scale;
      if (activeJoint === null) {
        posedRow.pose.x = clamp(joints.find((j) => j.name === 'x'), from.pose.x + dx);
        posedRow.pose.y = clamp(joints.find((j) => j.name === 'y'), from.pose.y + dy);
        showPose();
        schedulePreview();
      } else {
        setJoint(activeJoint, from.pose[activeJoint] + 2 * (dx - dy));
      }
    };
    const onEnd = () => {
      previewLeft.removeEventListener('pointermove', onMove);
      previewLeft.removeEventListener('pointerup', onEnd);
      previewLeft.removeEventListener('pointercancel', onEnd);
      say(announce, `${$('drag-joint').textContent} changed.`);
    };
    previewLeft.addEventListener('pointermove', onMove);
    previewLeft.addEventListener('pointerup', onEnd);
    previewLeft.addEventListener('pointercancel', onEnd);
  });

  /** The figure field in the catalog format: each step lists only what changes from the step before. */
  function figureDocument() {
    const base = basePoses[baseSelect.value];
    const figure = { pose: baseSelect.value };
    if (view() !== base.view) {
      figure.view = view();
    }
    const props = {};
    form.querySelectorAll('[data-prop]').forEach((div) => {
      if (div.querySelector('[data-prop-on]').checked) {
        props[div.dataset.prop] = { x: numberIn(div.querySelector('[data-prop-x]')) ?? 0,
          y: numberIn(div.querySelector('[data-prop-y]')) ?? 0 };
      }
    });
    if (Object.keys(props).length > 0) {
      figure.props = props;
    }
    let previous = clamped(base.values);
    figure.steps = rows().map((row) => {
      const now = clamped(row.pose);
      const entry = changes(previous, now);
      if (row.peak) {
        entry.peak = changes(now, clamped(row.peak));
      }
      previous = now;
      return entry;
    });
    return figure;
  }

  function clamped(values) {
    return Object.fromEntries(joints.map((j) => [j.name, clamp(j, values[j.name] ?? 0)]));
  }

  /** The joints that differ, a left and right twin set alike written once by their pair's name ("knees"). */
  function changes(from, to) {
    const out = {};
    for (const joint of joints) {
      if (to[joint.name] !== from[joint.name]) {
        out[joint.name] = to[joint.name];
      }
    }
    for (const joint of joints) {
      const twin = `right-${joint.name.slice('left-'.length)}`;
      if (joint.side === 'left' && joint.name in out && out[twin] === out[joint.name]) {
        out[joint.pair] = out[joint.name];
        delete out[joint.name];
        delete out[twin];
      }
    }
    return out;
  }

  let previewTimer = null;
  let previewAbort = null;
  let drawn = 0;

  function schedulePreview() {
    clearTimeout(previewTimer);
    previewTimer = setTimeout(drawPreview, PREVIEW_DELAY_MS);
  }

  async function drawPreview() {
    if (!posedRow) {
      return;
    }
    previewAbort?.abort();
    previewAbort = new AbortController();
    const { signal } = previewAbort;
    const body = JSON.stringify(exercise());
    const step = rows().indexOf(posedRow) + 1;
    const shown = sides.value === 'both' ? ['left', 'right'] : ['left'];
    $('preview-right-frame').hidden = shown.length === 1;
    const problem = $('figure-problem');
    try {
      const pictures = await Promise.all(shown.map(async (side) => {
        const response = await fetch(`${FIGURE}/preview.svg?step=${step}&side=${side}&motion=none`,
          { method: 'POST', headers: JSON_HEADERS, body, signal });
        return response.ok ? { side, svg: await response.text() } : { problem: await problemOf(response) };
      }));
      const failed = pictures.find((p) => p.problem);
      if (failed) {
        problem.textContent = failed.problem.detail;
        problem.hidden = false;
        return;
      }
      problem.hidden = true;
      for (const { side, svg } of pictures) {
        show($(`preview-${side}`), svg);
      }
      form.dataset.drawn = String(++drawn);
    } catch (error) {
      if (error.name !== 'AbortError') {
        problem.textContent = UNREACHABLE.detail;
        problem.hidden = false;
      }
    }
  }

  /** Shows an SVG in an image, from memory; its title is the text alternative. */
  function show(img, svg) {
    const old = img.src;
    img.src = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    const title = new DOMParser().parseFromString(svg, 'image/svg+xml').querySelector('title');
    img.alt = title ? title.textContent : '';
    if (old.startsWith('blob:')) {
      URL.revokeObjectURL(old);
    }
  }

  // ---- The whole exercise, as the catalog format writes it ----

  const checked = (name) => [...form.querySelectorAll(`input[name="${name}"]:checked`)].map((input) => input.value);

  function exercise() {
    const doc = { ...kept };
    if (id) {
      doc.id = id;
    }
    doc.name = $('name').value;
    const aliases = lines($('aliases').value);
    if (aliases.length > 0) {
      doc.aliases = aliases;
    }
    doc.summary = $('summary').value;
    for (const name of ['counters', 'targets', 'positions', 'places', 'equipment']) {
      doc[name] = checked(name);
    }
    doc.sides = sides.value;
    doc.dose = doseKind() === 'hold'
      ? { hold: { default: numberIn($('hold-default')), min: numberIn($('hold-min')), max: numberIn($('hold-max')),
        free: $('hold-free').checked || undefined } }
      : { reps: { count: numberIn($('reps-count')), sets: numberIn($('reps-sets')), rest: numberIn($('reps-rest')),
        tempo: [...tempo.children].map((li) => ({ cue: li.querySelector('[data-beat="cue"]').value,
          seconds: numberIn(li.querySelector('[data-beat="seconds"]')) })) } };
    doc.steps = rows().map((row) => ({
      text: row.querySelector('[data-field="text"]').value,
      cue: cueOf(row),
      seconds: numberIn(row.querySelector('[data-field="seconds"]')),
      main: row.querySelector('[data-field="main"]').checked || undefined,
    }));
    doc.feel = $('feel').value;
    doc.safety = lines($('safety').value);
    doc.difficulty = $('difficulty').value;
    if (rows().length > 0) {
      doc.figure = figureDocument();
    }
    return doc;
  }

  /** Fills the form from a catalog document, with its key poses worked out joint by joint. */
  function fill(doc, poses) {
    kept = {};
    for (const name of ['provenance']) {
      if (doc[name] !== undefined) {
        kept[name] = doc[name];
      }
    }
    $('name').value = doc.name ?? '';
    $('aliases').value = (doc.aliases ?? []).join('\n');
    $('summary').value = doc.summary ?? '';
    for (const name of ['counters', 'targets', 'positions', 'places', 'equipment']) {
      form.querySelectorAll(`input[name="${name}"]`).forEach((input) => {
        input.checked = (doc[name] ?? []).includes(input.value);
      });
    }
    sides.value = doc.sides ?? 'none';
    $('difficulty').value = doc.difficulty ?? 'easy';
    const hold = doc.dose?.hold;
    const reps = doc.dose?.reps;
    form.querySelector(`[name="dose-kind"][value="${reps ? 'reps' : 'hold'}"]`).checked = true;
    $('hold-default').value = hold?.default ?? 30;
    $('hold-min').value = hold?.min ?? 10;
    $('hold-max').value = hold?.max ?? 60;
    $('hold-free').checked = hold?.free === true;
    $('reps-count').value = reps?.count ?? 8;
    $('reps-sets').value = reps?.sets ?? 1;
    $('reps-rest').value = reps?.rest ?? 30;
    tempo.replaceChildren();
    (reps?.tempo ?? []).forEach(addBeat);
    renumberBeats();
    showDose();
    $('feel').value = doc.feel ?? '';
    $('safety').value = (doc.safety ?? []).join('\n');

    const base = doc.figure?.pose ?? (basePoses[doc.positions?.[0]] ? doc.positions[0] : 'standing');
    baseSelect.value = base;
    viewSelect.value = poses.view ?? basePoses[base].view;
    setProps(doc.figure ? doc.figure.props ?? {} : basePoses[base].props);
    steps.replaceChildren();
    (doc.steps ?? []).forEach((step, i) => {
      const posed = poses.steps?.[i];
      addStep(step, posed ? { ...posed.pose } : basePose(), posed?.peak ? { ...posed.peak } : null);
    });
    posedRow = rows()[0] || null;
    renumber();
  }

  async function load() {
    const source = id || form.dataset.from;
    if (!source) {
      return { doc: structuredClone(BLANK), poses: {} };
    }
    const response = await fetch(`${API}/${encodeURIComponent(source)}/document`);
    if (!response.ok) {
      throw await problemOf(response);
    }
    const doc = await response.json();
    if (!id) {
      delete doc.id;
      delete doc.review;
      doc.name = `${doc.name} (copy)`.slice(0, 80);
    }
    let poses = {};
    if (doc.figure) {
      const resolved = await fetch(`${FIGURE}/poses`, { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify(doc) });
      if (resolved.ok) {
        poses = await resolved.json();
      }
    }
    return { doc, poses };
  }

  // ---- Problems next to their fields, and saving ----

  function clearProblems() {
    form.querySelectorAll('.problem').forEach((p) => { p.hidden = true; p.textContent = ''; });
    form.querySelectorAll('[aria-invalid]').forEach((input) => input.removeAttribute('aria-invalid'));
  }

  /** The element a field path names (`steps[1].text`, `dose.hold.default`), or the nearest one holding it. */
  function target(path) {
    let name = path === 'id' ? 'name' : path;
    while (name) {
      const found = form.querySelector(`[data-path="${CSS.escape(name)}"]`);
      if (found) {
        return found;
      }
      const shorter = name.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
      if (shorter === name) {
        return null;
      }
      name = shorter;
    }
    return null;
  }

  function showProblem(problem) {
    const path = problem.field || '';
    let slot = null;
    let focus = null;
    const posed = /^figure\.steps\[(\d+)\](?:\.peak)?(?:\.([a-z-]+))?/.exec(path);
    if (posed && rows()[Number(posed[1])]) {
      pose(rows()[Number(posed[1])]);
      focus = (posed[2] && $(`joint-${posed[2]}`)) || posedStep;
      slot = $('figure-problem');
    } else {
      const found = target(path);
      focus = !found || found.matches('input, select, textarea') ? found : found.querySelector('input, select, textarea');
      const described = [found, focus].flatMap((node) => (node?.getAttribute('aria-describedby') || '').split(' '));
      slot = described.map((name) => name && $(name)).find((node) => node?.classList.contains('problem'))
        || (path.startsWith('figure') ? $('figure-problem') : null);
    }
    slot = slot || $('form-problem');
    slot.textContent = problem.detail;
    slot.hidden = false;
    if (focus) {
      focus.setAttribute('aria-invalid', 'true');
      focus.closest('details')?.setAttribute('open', '');
      focus.focus();
    } else {
      slot.setAttribute('tabindex', '-1');
      slot.focus();
    }
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblems();
    const save = $('save');
    save.disabled = true;
    let response;
    try {
      response = await fetch(id ? `${API}/${encodeURIComponent(id)}` : API, {
        method: id ? 'PUT' : 'POST', headers: JSON_HEADERS, body: JSON.stringify(exercise()),
      });
    } catch {
      showProblem(UNREACHABLE);
      save.disabled = false;
      return;
    }
    if (response.ok) {
      const saved = await response.json();
      location.assign(`/exercises/${encodeURIComponent(saved.id)}`);
      return;
    }
    showProblem(await problemOf(response));
    save.disabled = false;
  });

  // ---- Start: the joints, then the exercise ----

  try {
    const response = await fetch(`${FIGURE}/joints`);
    const data = await response.json();
    joints = data.joints;
    basePoses = Object.fromEntries(data.poses.map((p) => [p.name, p]));
    buildJoints();
    const { doc, poses } = await load();
    fill(doc, poses);
    schedulePreview();
  } catch (problem) {
    showProblem(problem && problem.detail ? problem : UNREACHABLE);
  }
  form.removeAttribute('aria-busy');
  form.dataset.ready = 'true';
}
