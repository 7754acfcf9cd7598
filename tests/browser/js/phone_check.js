// Every control and every piece of text at 320 px: inside the viewport, and
// not cut by an ancestor that hides its overflow (scroll boxes count as
// fitting). Returns a list of problems. Used by tests/browser/sweep.py.
() => {
  const vw = document.documentElement.clientWidth;
  const problems = [];
  const page = document.documentElement.scrollWidth;
  if (page > vw + 1) problems.push(`the page is ${page} px wide in a ${vw} px window`);
  const describe = (node, text) => {
    const el = node.nodeType === 1 ? node : node.parentElement;
    const cls = (el.className && typeof el.className === "string") ? "." + el.className.trim().split(/\s+/).slice(0, 2).join(".") : "";
    return `<${el.tagName.toLowerCase()}${cls}> "${(text || el.innerText || el.getAttribute("aria-label") || "").trim().slice(0, 40)}"`;
  };
  const skip = (el) => el.closest("script,style,noscript,template,option,.skip-link,[aria-hidden=true] svg")
    || (el.parentElement?.closest("select") ?? null);
  const CONTROLS = "a[href],button,input:not([type=hidden]),select,textarea,[role=button],[role=checkbox],[role=radio],[role=switch],[role=tab],[role=combobox],[tabindex]:not([tabindex='-1'])";
  const items = [];
  for (const el of document.body.querySelectorAll(CONTROLS)) if (!skip(el)) items.push([el, el, null]);
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent.trim() || skip(node.parentElement)) continue;
    items.push([node, node.parentElement, node.textContent]);
  }
  const truncates = (el) => {
    const s = getComputedStyle(el);
    return s.textOverflow === "ellipsis" || (s.webkitLineClamp && s.webkitLineClamp !== "none");
  };
  for (const [node, el, text] of items) {
    if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
    let box;
    if (node.nodeType === 3) {
      const range = document.createRange();
      range.selectNodeContents(node);
      box = range.getBoundingClientRect();
    } else box = el.getBoundingClientRect();
    if (box.width < 1 || box.height < 1) continue;
    let [l, r, t, b] = [box.left, box.right, box.top, box.bottom];
    let hidden = false, problem = null;
    for (let a = el; a && a !== document.documentElement; a = a.parentElement) {
      const s = getComputedStyle(a);
      if (s.position === "fixed") { break; }
      const ar = a.getBoundingClientRect();
      if ((ar.width <= 1 || ar.height <= 1) && s.overflow !== "visible") { hidden = true; break; }  // visually hidden text
      const clipsX = s.overflowX !== "visible", clipsY = s.overflowY !== "visible";
      if (!clipsX && !clipsY) continue;
      const scrollsX = s.overflowX === "auto" || s.overflowX === "scroll";
      const scrollsY = s.overflowY === "auto" || s.overflowY === "scroll";
      if (clipsX && !scrollsX && (l < ar.left - 1 || r > ar.right + 1) && !truncates(a)) { problem = `is cut off by <${a.tagName.toLowerCase()} class="${a.className}"> (overflow-x ${s.overflowX})`; break; }
      if (clipsY && !scrollsY && (t < ar.top - 1 || b > ar.bottom + 1) && !truncates(a)) { problem = `is cut off by <${a.tagName.toLowerCase()} class="${a.className}"> (overflow-y ${s.overflowY})`; break; }
      // Cut on purpose with an ellipsis (a long name in a button): what shows is the box.
      if (clipsX && truncates(a)) { l = Math.max(l, ar.left); r = Math.min(r, ar.right); }
      if (a === document.body) continue;
      if (scrollsX) { l = Math.max(l, ar.left); r = Math.min(r, ar.right); }
      if (scrollsY) { t = Math.max(t, ar.top); b = Math.min(b, ar.bottom); }
    }
    if (hidden) continue;
    if (!problem && (l < -1 || r > vw + 1)) problem = `lies outside the window (${Math.round(l)}..${Math.round(r)} px)`;
    if (problem) problems.push(`${describe(node, text)} ${problem}`);
  }
  return [...new Set(problems)];
}
