// A few DOM-shaped nodes for testing the pure functions without a browser.
class Node {
  constructor(nodeType) {
    this.nodeType = nodeType;
    this.parentNode = null;
    this.childNodes = [];
  }
  get textContent() {
    return this.nodeType === 3 ? this.data : this.childNodes.map((c) => c.textContent).join('');
  }
  contains(other) {
    for (let n = other; n; n = n.parentNode) if (n === this) return true;
    return false;
  }
}

class Text extends Node {
  constructor(data) {
    super(3);
    this.data = data;
  }
}

class Element extends Node {
  constructor(tag, attrs) {
    super(1);
    this.tagName = tag.toUpperCase();
    this.attrs = { ...attrs };
  }
  getAttribute(name) {
    return Object.hasOwn(this.attrs, name) ? String(this.attrs[name]) : null;
  }
  hasAttribute(name) {
    return Object.hasOwn(this.attrs, name);
  }
}

/** el('p', {hidden: ''}, 'text', el('b', {}, 'bold')) */
export function el(tag, attrs = {}, ...children) {
  const node = new Element(tag, attrs);
  for (const child of children) {
    const c = typeof child === 'string' ? new Text(child) : child;
    c.parentNode = node;
    node.childNodes.push(c);
  }
  return node;
}

export function text(data) {
  return new Text(data);
}
