// The Routines page and the routine editor. On the list: Duplicate and Delete (after a confirmation).
// In the editor: the exercise list (add, remove, reorder by dragging the handle, by the Move buttons or by
// Alt+Up/Down on a row), the total time as the timeline will play it, and Save through the JSON API, with
// the API's problem shown next to the field it names. Every text from the user goes in as textContent.

import { confirmed, el, problemOf, reorderable, say, UNREACHABLE } from './editing.js';

const API = '/api/v1/routines';
const SIDES = [['both', 'Both sides'], ['left', 'Left side only'], ['right', 'Right side only']];

/** "45 s", "4 min 50 s", "1 h 5 min", as the Routines page writes lengths. */
export function duration(seconds) {
  if (seconds < 60) {
    return `${seconds} s`;
  }
  if (seconds < 3600) {
    return `${Math.floor(seconds / 60)} min` + (seconds % 60 === 0 ? '' : ` ${seconds % 60} s`);
  }
  const minutes = Math.round(seconds / 60);
  return `${Math.floor(minutes / 60)} h` + (minutes % 60 === 0 ? '' : ` ${minutes % 60} min`);
}

// ---- Duplicate and delete (the list, and the built-in routine's page) ----

async function duplicate(button) {
  const status = document.getElementById('routines-status');
  button.disabled = true;
  let response;
  try {
    response = await fetch(`${API}/${encodeURIComponent(button.dataset.copy)}/copy`, { method: 'POST' });
  } catch {
    say(status, UNREACHABLE.detail);
    button.disabled = false;
    return;
  }
  if (response.status === 201) {
    const copy = await response.json();
    location.assign(`/routines/${encodeURIComponent(copy.id)}/edit`);
    return;
  }
  say(status, (await problemOf(response)).detail);
  button.disabled = false;
}

async function confirmDelete(button) {
  const card = button.closest('[data-routine]');
  if (await confirmed(document.getElementById('confirm-delete'), card.dataset.name)) {
    remove(card, button);
  }
}

async function remove(card, button) {
  const status = document.getElementById('routines-status');
  const name = card.dataset.name;
  let response;
  try {
    response = await fetch(`${API}/${encodeURIComponent(card.dataset.routine)}`, { method: 'DELETE' });
  } catch {
    say(status, UNREACHABLE.detail);
    return;
  }
  if (response.status !== 204) {
    say(status, (await problemOf(response)).detail);
    button.focus();
    return;
  }
  const list = card.parentElement;
  card.remove();
  if (list.children.length === 0) {
    document.getElementById('own-empty').hidden = false;
  }
  document.getElementById('routines-title').focus();
  say(status, `Deleted “${name}”.`);
}

function listPage() {
  document.addEventListener('click', (event) => {
    const copy = event.target.closest('[data-copy]');
    if (copy) {
      duplicate(copy);
      return;
    }
    const del = event.target.closest('[data-delete]');
    if (del) {
      confirmDelete(del);
    }
  });
}

// ---- The editor ----

/** What the editor knows of an exercise, from its option in the Add list. */
function choiceOf(option) {
  const d = option.dataset;
  return {
    id: option.value,
    name: d.name,
    held: option.hasAttribute('data-held'),
    holdMin: Number(d.holdMin), holdMax: Number(d.holdMax), holdDefault: Number(d.holdDefault),
    reps: Number(d.reps), sets: Number(d.sets), setRest: Number(d.setRest), repSeconds: Number(d.repSeconds),
    twoSided: option.hasAttribute('data-two-sided'),
    stepSeconds: Number(d.stepSeconds),
  };
}

/** The whole number in an input, or undefined when it is empty (the default applies). */
function numberIn(input) {
  if (!input || input.value.trim() === '') {
    return undefined;
  }
  return Number(input.value);
}

function editor(form) {
  const items = document.getElementById('items');
  const picker = document.getElementById('add-exercise');
  const announce = document.getElementById('announce');
  const routineRest = document.getElementById('rest');
  const prepare = document.getElementById('prepare');
  const switchSeconds = Number(form.dataset.switchSeconds);
  const choices = new Map([...picker.options].map((o) => [o.value, choiceOf(o)]));
  let rows = 0;

  const rowsNow = () => [...items.children];
  const nameOf = (row) => choices.get(row.dataset.exercise).name;
  const field = (row, name) => row.querySelector(`[data-field="${name}"]`);

  function numberField(id, label, hint, name, attributes) {
    const hintId = `${id}-hint`;
    return el('div', { class: 'field' },
      el('label', { for: id }, label),
      el('input', { id, type: 'number', inputmode: 'numeric', 'data-field': name,
        'aria-describedby': `${hintId} ${id.replace(/-[a-z]+$/, '')}-problem`, ...attributes }),
      el('span', { class: 'hint', id: hintId }, hint));
  }

  function buildRow(values) {
    const choice = choices.get(values.exercise);
    if (!choice) {
      return null;
    }
    const id = `item-${++rows}`;
    const fields = el('div', { class: 'fields' });
    if (choice.held) {
      fields.append(numberField(`${id}-hold`, 'Hold (s)', `${choice.holdMin}–${choice.holdMax} s, usually ${choice.holdDefault}`,
        'hold', { min: choice.holdMin, max: choice.holdMax, placeholder: choice.holdDefault, value: values.hold }));
    } else {
      fields.append(
        numberField(`${id}-reps`, 'Repetitions', `1–50, usually ${choice.reps}`, 'reps',
          { min: 1, max: 50, placeholder: choice.reps, value: values.reps }),
        numberField(`${id}-sets`, 'Sets', `1–10, usually ${choice.sets}`, 'sets',
          { min: 1, max: 10, placeholder: choice.sets, value: values.sets }));
    }
    fields.append(numberField(`${id}-rest`, 'Rest after (s)', 'Empty: the routine’s rest', 'rest',
      { min: 0, max: 600, placeholder: routineRest.value, value: values.rest }));
    if (choice.twoSided) {
      const select = el('select', { id: `${id}-sides`, 'data-field': 'sides', 'aria-describedby': `${id}-problem` },
        ...SIDES.map(([value, text]) => el('option', { value, selected: (values.sides || 'both') === value }, text)));
      fields.append(el('div', { class: 'field' }, el('label', { for: `${id}-sides` }, 'Sides'), select));
    }
    const hidden = (text) => el('span', { class: 'visually-hidden' }, ` ${text}`);
    return el('li', { class: 'item', 'data-exercise': choice.id, tabindex: 0, 'aria-labelledby': `${id}-name` },
      el('div', { class: 'item-head' },
        el('span', { class: 'handle', 'aria-hidden': 'true', title: 'Drag to move' }, '⠿'),
        el('h3', { id: `${id}-name` }, el('span', { class: 'position' }), choice.name)),
      fields,
      el('p', { class: 'problem', id: `${id}-problem`, hidden: true }),
      el('div', { class: 'row item-actions' },
        el('button', { type: 'button', 'data-move': '-1' }, 'Move up', hidden(choice.name)),
        el('button', { type: 'button', 'data-move': '1' }, 'Move down', hidden(choice.name)),
        el('button', { type: 'button', class: 'danger', 'data-remove': '' }, 'Remove', hidden(choice.name))));
  }

  function changed() {
    rowsNow().forEach((row, i) => { row.querySelector('.position').textContent = `${i + 1}. `; });
    document.getElementById('total').textContent = duration(total());
  }

  /** Seconds the routine will play, added up as the server's TimelineBuilder does. */
  function total() {
    const prep = numberIn(prepare) ?? 0;
    const restBetween = numberIn(routineRest) ?? 0;
    let seconds = 0;
    rowsNow().forEach((row, i, all) => {
      const choice = choices.get(row.dataset.exercise);
      if (i > 0) {
        seconds += numberIn(field(all[i - 1], 'rest')) ?? restBetween;
      }
      seconds += prep;
      const sides = !choice.twoSided ? 1 : (field(row, 'sides').value === 'both' ? 2 : 1);
      let main;
      if (choice.held) {
        main = numberIn(field(row, 'hold')) ?? choice.holdDefault;
      } else {
        const reps = numberIn(field(row, 'reps')) ?? choice.reps;
        const sets = numberIn(field(row, 'sets')) ?? choice.sets;
        main = sets * reps * choice.repSeconds + (sets - 1) * choice.setRest;
      }
      seconds += sides * (choice.stepSeconds + main) + (sides - 1) * switchSeconds;
    });
    return Number.isFinite(seconds) ? Math.max(0, Math.round(seconds)) : 0;
  }

  function add(values) {
    const row = buildRow(values);
    if (row) {
      items.append(row);
    }
    return row;
  }

  const list = reorderable(items, { nameOf, changed, announce, noun: ['exercise', 'exercises'], focusWhenEmpty: picker });
  const position = list.position;

  document.getElementById('add-button').addEventListener('click', () => {
    const row = add({ exercise: picker.value });
    changed();
    row.focus();
    say(announce, `${nameOf(row)} added at position ${position(row)} of ${rowsNow().length}`);
  });

  form.addEventListener('input', (event) => {
    if (event.target === routineRest) {
      items.querySelectorAll('[data-field="rest"]').forEach((input) => { input.placeholder = routineRest.value; });
    }
    changed();
  });
  form.addEventListener('change', changed);

  function clearProblems() {
    form.querySelectorAll('.problem').forEach((p) => { p.hidden = true; p.textContent = ''; });
    form.querySelectorAll('[aria-invalid]').forEach((input) => input.removeAttribute('aria-invalid'));
  }

  /** Shows the API's problem next to the field it names (`exercises[2].hold`, `name`…) and focuses it. */
  function showProblem(problem) {
    const name = problem.field || '';
    const item = /^exercises\[(\d+)\](?:\.(\w+))?/.exec(name);
    let slot = document.getElementById('form-problem');
    let target = null;
    if (item && rowsNow()[Number(item[1])]) {
      const row = rowsNow()[Number(item[1])];
      slot = row.querySelector('.problem');
      target = (item[2] && field(row, item[2])) || row;
    } else if (['name', 'summary', 'prepare', 'rest'].includes(name)) {
      slot = document.getElementById(`${name}-problem`);
      target = document.getElementById(name);
    } else if (name === 'exercises') {
      slot = document.getElementById('exercises-problem');
      target = picker;
    }
    slot.textContent = problem.detail;
    slot.hidden = false;
    if (target) {
      if (target.matches('input, select, textarea')) {
        target.setAttribute('aria-invalid', 'true');
      }
      target.focus();
    }
  }

  function body() {
    return {
      name: document.getElementById('name').value,
      summary: document.getElementById('summary').value,
      prepare: numberIn(prepare),
      rest: numberIn(routineRest),
      exercises: rowsNow().map((row) => {
        const sides = field(row, 'sides')?.value;
        return {
          exercise: row.dataset.exercise,
          hold: numberIn(field(row, 'hold')),
          reps: numberIn(field(row, 'reps')),
          sets: numberIn(field(row, 'sets')),
          rest: numberIn(field(row, 'rest')),
          sides: sides && sides !== 'both' ? sides : undefined,
        };
      }),
    };
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblems();
    const id = form.dataset.routineId;
    const save = document.getElementById('save');
    save.disabled = true;
    let response;
    try {
      response = await fetch(id ? `${API}/${encodeURIComponent(id)}` : API, {
        method: id ? 'PUT' : 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body()),
      });
    } catch {
      showProblem(UNREACHABLE);
      save.disabled = false;
      return;
    }
    if (response.ok) {
      location.assign('/routines');
      return;
    }
    showProblem(await problemOf(response));
    save.disabled = false;
  });

  document.querySelectorAll('#initial-items li').forEach((li) => add(li.dataset));
  document.getElementById('initial-items').remove();
  changed();
}

const form = document.getElementById('routine-form');
if (form) {
  editor(form);
}
listPage();
