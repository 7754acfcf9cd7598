// The focused element: visible, with a focus indicator, and on top of whatever
// else is there (the sticky header in particular) at its centre and top edge.
// Returns null, or what is wrong. Used by tests/browser/sweep.py.
() => {
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return null;
  const describe = () => {
    const name = (el.getAttribute("aria-label") || el.innerText || el.value || "").trim();
    return `<${el.tagName.toLowerCase()}${el.id ? "#" + el.id : ""}> "${name.slice(0, 50)}"`;
  };
  if (el.id === "main") return null;  // the skip link's target, not a control
  const r = el.getBoundingClientRect();
  if (r.width < 1 || r.height < 1
      || !el.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
    return `${describe()} has the focus but is not visible`;
  // An outline: Radix and our styles draw focus rings with outlines, and many
  // controls carry a box-shadow whether focused or not (it proves nothing).
  const ringOf = (style) => style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
  // The ring may be drawn by the element, its pseudo-elements, the box round it
  // (a text field's root, by :focus-within) or its inner part (a tab's label).
  const outlined = (node) => {
    const s = getComputedStyle(node);
    return s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0;
  };
  const ring = [null, "::before", "::after"].some((pseudo) => ringOf(getComputedStyle(el, pseudo)))
    || [el.parentElement, el.parentElement?.parentElement].some((a) => a && outlined(a))
    || [...el.children].some(outlined);
  if (!ring) return `${describe()} has the focus but shows no focus indicator`;
  const top = Math.max(r.top, 0), bottom = Math.min(r.bottom, innerHeight);
  const left = Math.max(r.left, 0), right = Math.min(r.right, innerWidth);
  if (bottom - top < 1 || right - left < 1)
    return `${describe()} has the focus but lies outside the window`;
  const x = (left + right) / 2;
  const on = (y) => {
    const hit = document.elementFromPoint(x, y);
    return hit && (el.contains(hit) || hit.contains(el) || (el.labels && [...el.labels].some((l) => l.contains(hit))));
  };
  for (const [where, y] of [["centre", (top + bottom) / 2], ["top edge", Math.min(top + 2, bottom - 1)]]) {
    if (!on(y)) {
      const hit = document.elementFromPoint(x, y);
      const cover = hit ? (hit.closest("header") ? "the sticky header" : `<${hit.tagName.toLowerCase()} class="${hit.className}">`) : "nothing";
      return `${describe()} has the focus but its ${where} is covered by ${cover}`;
    }
  }
  return null;
}
