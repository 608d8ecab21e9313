import { isAllowedAttribute, ALLOWED_ELEMENTS } from './allowed-html.ts';
import { getUrlProblem, getUrlsInAttribute } from './get-url-problem.ts';
import { KIT_COMPONENTS } from './kit-components.ts';
import { describeUrlPlace, SAFE_MDX_MESSAGES as M } from './messages.ts';
import { isUrlAttribute } from './url-attributes.ts';

/** An MDX syntax tree node as Sätteri returns it (mdast with the MDX node types). */
export interface MdxNode {
  type: string;
  url?: string;
  value?: unknown;
  name?: string | null;
  attributes?: MdxAttribute[];
  position?: { start: { line: number; column: number; offset?: number } };
  children?: MdxNode[];
}

interface MdxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

export interface Place {
  line: number;
  column: number;
}

/** One thing in a body the safe subset refuses. */
export interface UnsafeMdxFinding extends Place {
  found: string;
  fix: string;
}

/** An address in the body that passed this check; the link policy checks its domain or page next. */
export interface BodyUrl extends Place {
  url: string;
}

const EXPRESSION_TYPES = new Set(['mdxFlowExpression', 'mdxTextExpression']);
const ELEMENT_TYPES = new Set(['mdxJsxFlowElement', 'mdxJsxTextElement']);
const MARKDOWN_URL_TYPES: Record<string, () => string> = { link: describeUrlPlace.link, image: describeUrlPlace.image, definition: describeUrlPlace.definition };

/**
 * Walks an MDX tree and returns everything outside the safe subset (DESIGN.md "Content is data,
 * not code"): ESM, every {expression}, spread and expression attributes, event handlers,
 * components not in KIT_COMPONENTS, HTML outside ALLOWED_ELEMENTS, and addresses that are
 * obfuscated or not web addresses. Names are compared in lower case, as the HTML parser does.
 * Pure: no file system, no Astro.
 */
export function findUnsafeMdx(tree: MdxNode): { findings: UnsafeMdxFinding[]; urls: BodyUrl[] } {
  const findings: UnsafeMdxFinding[] = [];
  const urls: BodyUrl[] = [];
  const refuse = (place: Place, found: string, fix: string) => findings.push({ ...place, found, fix });
  /** Reports an obfuscated or non-web address; true when the address may go on to the link policy. */
  const isSafeUrl = (place: Place, url: string, where: string) => {
    const problem = getUrlProblem(url);
    if (problem === 'obfuscated') refuse(place, M.obfuscatedUrl.found(where, url), M.obfuscatedUrl.fix);
    else if (problem === 'scheme') refuse(place, M.schemeUrl.found(where, url), M.schemeUrl.fix);
    return problem === undefined;
  };

  const visitElement = (node: MdxNode, place: Place) => {
    const name = node.name ?? '';
    if (name === '') return; // a fragment <>…</> holds only its children
    const isComponent = /^[A-Z]/.test(name) || /[.:]/.test(name);
    const lower = name.toLowerCase();
    const allowedProps = isComponent ? KIT_COMPONENTS[name] : ALLOWED_ELEMENTS[name];
    if (allowedProps === undefined) {
      if (isComponent) refuse(place, M.component.found(name, Object.keys(KIT_COMPONENTS).join(', ')), M.component.fix);
      else refuse(place, M.element.found(name), M.element.fix);
    }
    // Components take their props as written; HTML attributes are case-insensitive.
    const isAllowedProp = (attribute: string) => (isComponent ? allowedProps?.includes(attribute) ?? false : isAllowedAttribute(name, attribute.toLowerCase()));
    for (const attribute of node.attributes ?? []) {
      if (attribute.type === 'mdxJsxExpressionAttribute') {
        refuse(place, M.spread.found(name), M.spread.fix);
        continue;
      }
      const attributeName = (attribute.name ?? '').toLowerCase();
      if (attributeName.startsWith('on')) {
        refuse(place, M.eventHandler.found(name, attribute.name ?? ''), M.eventHandler.fix);
      } else if (typeof attribute.value === 'object' && attribute.value !== null) {
        refuse(place, M.attributeExpression.found(name, attribute.name ?? ''), M.attributeExpression.fix);
      } else if (attributeName === 'srcdoc') {
        // srcdoc is a whole HTML document, not an address: never allowed.
        refuse(place, M.urlAttribute.found(name, attribute.name ?? ''), M.urlAttribute.fix);
      } else if (isUrlAttribute(lower, attributeName)) {
        const where = describeUrlPlace.attribute(name, attribute.name ?? '');
        const found = getUrlsInAttribute(attributeName, typeof attribute.value === 'string' ? attribute.value : '');
        const safe = found.map((url) => isSafeUrl(place, url, where)).every(Boolean);
        if (!safe || allowedProps === undefined) continue;
        if (isAllowedProp(attribute.name ?? '')) urls.push(...found.map((url) => ({ ...place, url })));
        else refuse(place, M.urlAttribute.found(name, attribute.name ?? ''), M.urlAttribute.fix);
      } else if (allowedProps !== undefined && !isAllowedProp(attribute.name ?? '')) {
        refuse(place, M.attribute.found(name, attribute.name ?? ''), M.attribute.fix);
      }
    }
  };

  const visit = (node: MdxNode) => {
    const start = node.position?.start;
    const place = { line: start?.line ?? 0, column: start?.column ?? 0 };
    if (node.type === 'mdxjsEsm') refuse(place, M.esm.found(firstLine(node.value)), M.esm.fix);
    else if (EXPRESSION_TYPES.has(node.type)) refuse(place, M.expression.found(firstLine(node.value)), M.expression.fix);
    else if (ELEMENT_TYPES.has(node.type)) visitElement(node, place);
    else if (node.type in MARKDOWN_URL_TYPES && typeof node.url === 'string' && isSafeUrl(place, node.url, MARKDOWN_URL_TYPES[node.type]!())) {
      urls.push({ ...place, url: node.url });
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return { findings, urls };
}

function firstLine(value: unknown): string {
  const text = String(value ?? '').trim();
  const line = text.split('\n')[0] ?? '';
  return line.length > 60 ? `${line.slice(0, 57)}…` : line;
}
