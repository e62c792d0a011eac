// What the editors share (routines, exercises): building elements from data, reading an API's problem
// document, announcing to screen readers, and lists whose rows are added, removed and reordered by
// dragging a handle, by Move up/Move down buttons, or by Alt+Up/Down on a row.

/** An element with attributes and children (strings become text, never markup). */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== null && value !== undefined && value !== false) {
      node.setAttribute(name, value === true ? '' : String(value));
    }
  }
  for (const child of children) {
    if (child !== null && child !== undefined) {
      node.append(child);
    }
  }
  return node;
}

/** The problem document of a failed response, or one made up when there is none. */
export async function problemOf(response) {
  try {
    const problem = await response.json();
    if (problem && typeof problem.detail === 'string') {
      return problem;
    }
  } catch {
    // not JSON: fall through
  }
  return { detail: `The server answered ${response.status} ${response.statusText}.`.replace(' .', '.') };
}

export const UNREACHABLE = { detail: 'Loosen could not be reached. Check that it is still running, then try again.' };

/** Says `text` in an aria-live region. */
export function say(region, text) {
  if (region) {
    // Cleared first, so the same sentence twice is announced twice.
    region.textContent = '';
    setTimeout(() => { region.textContent = text; }, 50);
  }
}

/**
 * Opens a confirmation `dialog` (its `[data-name]` showing `name`, its `[data-confirm]` and `[data-cancel]`
 * buttons closing it) and resolves to whether the person confirmed.
 */
export function confirmed(dialog, name) {
  dialog.querySelector('[data-name]').textContent = name;
  dialog.returnValue = '';
  dialog.querySelector('[data-confirm]').onclick = () => dialog.close('yes');
  dialog.querySelector('[data-cancel]').onclick = () => dialog.close('no');
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => resolve(dialog.returnValue === 'yes'), { once: true });
    dialog.showModal();
  });
}

/**
 * Makes the `.item` rows of `list` movable: by dragging their `.handle` (mouse, pen and touch alike), by
 * buttons with `data-move="-1"` or `"1"`, and by Alt+Up/Down on a row; and removable by a button with
 * `data-remove`. Each change calls `changed()` and is announced, naming the row by `nameOf(row)`.
 * `noun` is what a row is (['step', 'steps']); `focusWhenEmpty` takes the focus when the last row goes.
 */
export function reorderable(list, { nameOf, changed, announce, noun, focusWhenEmpty }) {
  const rows = () => [...list.children];
  const position = (row) => rows().indexOf(row) + 1;

  /** Moves a row one place; the neighbour is what moves in the DOM, so focus stays where it is. */
  function move(row, delta) {
    const all = rows();
    const from = all.indexOf(row);
    const to = from + delta;
    if (to < 0 || to >= all.length) {
      say(announce, `${nameOf(row)} is already ${to < 0 ? 'first' : 'last'}.`);
      return;
    }
    const neighbour = all[to];
    if (delta < 0) {
      list.insertBefore(neighbour, row.nextSibling);
    } else {
      list.insertBefore(neighbour, row);
    }
    changed();
    say(announce, `${nameOf(row)} moved to position ${to + 1} of ${all.length}`);
  }

  function remove(row) {
    const all = rows();
    const index = all.indexOf(row);
    const name = nameOf(row);
    row.remove();
    changed();
    const next = rows()[Math.min(index, all.length - 2)];
    (next || focusWhenEmpty).focus();
    const left = all.length - 1;
    say(announce, `${name} removed; ${left} ${left === 1 ? noun[0] : noun[1]} left.`);
  }

  list.addEventListener('pointerdown', (event) => {
    const handle = event.target.closest('.handle');
    if (!handle || event.button !== 0) {
      return;
    }
    event.preventDefault();
    const row = handle.closest('.item');
    const start = position(row);
    row.classList.add('dragging');
    const onMove = (e) => {
      const over = document.elementFromPoint(e.clientX, e.clientY)?.closest('.item');
      if (!over || over === row || over.parentElement !== list) {
        return;
      }
      const box = over.getBoundingClientRect();
      list.insertBefore(row, e.clientY > box.top + box.height / 2 ? over.nextSibling : over);
    };
    const onEnd = () => {
      document.removeEventListener('pointermove', onMove);
      document.removeEventListener('pointerup', onEnd);
      document.removeEventListener('pointercancel', onEnd);
      row.classList.remove('dragging');
      changed();
      if (position(row) !== start) {
        say(announce, `${nameOf(row)} moved to position ${position(row)} of ${rows().length}`);
      }
    };
    document.addEventListener('pointermove', onMove);
    document.addEventListener('pointerup', onEnd);
    document.addEventListener('pointercancel', onEnd);
  });

  list.addEventListener('click', (event) => {
    const button = event.target.closest('button');
    const row = button?.closest('.item');
    if (!row || row.parentElement !== list) {
      return;
    }
    if (button.dataset.move) {
      move(row, Number(button.dataset.move));
    } else if (button.hasAttribute('data-remove')) {
      remove(row);
    }
  });

  list.addEventListener('keydown', (event) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) {
      return;
    }
    const row = event.target.closest('.item');
    if (row && row.parentElement === list) {
      event.preventDefault();
      move(row, event.key === 'ArrowUp' ? -1 : 1);
    }
  });

  return { rows, position, move, remove };
}
