/**
 * Jobs from schema.org JobPosting in JSON-LD (https://schema.org/JobPosting; Google's job-posting
 * structured data uses the same properties). Accepted: an array of JobPosting objects, an object with an
 * `@graph` array, one JobPosting object, or an HTML page whose `<script type="application/ld+json">`
 * blocks hold any of those.
 *
 * Properties read: `title`; `hiringOrganization` (Organization `name`, or text); `jobLocation` (Place, or
 * an array: the first) with `address` PostalAddress `streetAddress`, `addressLocality`, `addressRegion`,
 * `postalCode` (a US ZIP, required unless `jobLocationType` is TELECOMMUTE); `employmentType` (text or
 * array); `datePosted`; `validThrough`; `baseSalary` MonetaryAmount (`currency`, `value` as a number or a
 * QuantitativeValue with `value` / `minValue` / `maxValue` and `unitText`); `workHours`; `description`
 * (HTML allowed, kept as plain text); `occupationalCategory` (text, or CategoryCode `codeValue`);
 * `identifier` (text or PropertyValue `value`); `url`. A remote job with no address takes its region from
 * `applicantLocationRequirements` (a State's `name`, or text: "California" or "CA"), where applicants
 * must live.
 *
 * Fair chance: schema.org has no property for an employer that hires people with a conviction record, and
 * a keyword in the description is unreliable ("fair chance" also appears in "no fair chance of promotion",
 * and many fair-chance employers never say so in the text). So the importer reads one explicit extension
 * property, `pathways:fairChance` (true/false), which the agency or the employer sets; the sample files
 * declare the prefix in their `@context` ("pathways": "https://pathways.example/ns#") as JSON-LD expects
 * of an extension. Its absence means false. The property is read in that compact form (the importer does
 * not expand JSON-LD).
 */
import type { DirectoryJobInput } from '@pathways/store';
import zipcodes from 'zipcodes';
import { checkJob, DirectoryFormatError, type Parsed, type RawJobFields } from './job-fields.ts';

export const FAIR_CHANCE_PROPERTY = 'pathways:fairChance';

type Node = Record<string, unknown>;

const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A JSON-LD value: `{ "@value": x }` is x. */
const value = (v: unknown): unknown => (isNode(v) && '@value' in v ? v['@value'] : v);

const first = (v: unknown): unknown => (Array.isArray(v) ? v[0] : v);

function typesOf(node: Node): string[] {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

const isJobPosting = (node: Node): boolean => typeOfJobPosting(typesOf(node));
const typeOfJobPosting = (types: string[]): boolean =>
  types.some((t) => t === 'JobPosting' || t === 'schema:JobPosting' || /^https?:\/\/schema\.org\/JobPosting$/.test(t));

function nodesOf(document: unknown): unknown[] {
  if (Array.isArray(document))
    return document.flatMap((d) => (isNode(d) && Array.isArray(d['@graph']) && !('@type' in d) ? d['@graph'] : [d]));
  if (isNode(document)) {
    if (Array.isArray(document['@graph'])) return document['@graph'];
    if ('@type' in document) return [document];
  }
  throw new DirectoryFormatError('Expected a JobPosting, an array of JobPosting objects, or an object with an @graph array.');
}

/** The JSON-LD documents in an HTML page's `<script type="application/ld+json">` blocks. */
function scriptsOf(html: string): unknown[] {
  const found: unknown[] = [];
  const pattern = /<script\b[^>]*type\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script>/gi;
  for (const m of html.matchAll(pattern)) {
    try {
      found.push(JSON.parse(m[1]!));
    } catch {
      throw new DirectoryFormatError('A <script type="application/ld+json"> block of the page is not JSON.');
    }
  }
  if (found.length === 0) throw new DirectoryFormatError('The page has no <script type="application/ld+json"> block.');
  return found;
}

const LABELS: Record<keyof RawJobFields, string> = {
  identifier: 'identifier',
  title: 'title',
  organization: 'hiringOrganization.name',
  description: 'description',
  employmentType: 'employmentType',
  datePosted: 'datePosted',
  validThrough: 'validThrough',
  streetAddress: 'jobLocation.address.streetAddress',
  locality: 'jobLocation.address.addressLocality',
  region: 'jobLocation.address.addressRegion',
  postalCode: 'jobLocation.address.postalCode',
  remote: 'jobLocationType',
  workHours: 'workHours',
  salaryMin: 'baseSalary.value.minValue',
  salaryMax: 'baseSalary.value.maxValue',
  salaryUnit: 'baseSalary.value.unitText',
  salaryCurrency: 'baseSalary.currency',
  occupationalCategory: 'occupationalCategory',
  fairChance: FAIR_CHANCE_PROPERTY,
  url: 'url',
};

/** A remote job's `applicantLocationRequirements` as a two-letter state, when it names one. */
function applicantRegion(node: Node): string | undefined {
  const area = first(value(node.applicantLocationRequirements));
  const name = isNode(area) ? value(area.name) : area;
  return typeof name === 'string' ? zipcodes.states.normalize(name.trim()) : undefined;
}

function fieldsOf(node: Node): RawJobFields {
  const org = value(node.hiringOrganization);
  const place = first(node.jobLocation);
  const address = isNode(place) ? value(place.address) : undefined;
  const addr = isNode(address) ? address : {};
  const salary = value(node.baseSalary);
  const amount = isNode(salary) ? value(salary.value) : salary;
  const quantity = isNode(amount) ? amount : { value: amount };
  const category = first(value(node.occupationalCategory));
  const identifier = value(node.identifier);
  // A street address given as one line of text still often ends with the ZIP.
  const zipInText = typeof address === 'string' ? /\b(\d{5})(?:-\d{4})?\b(?!.*\b\d{5}\b)/.exec(address)?.[1] : undefined;
  return {
    identifier: isNode(identifier) ? value(identifier.value) : identifier,
    title: value(node.title),
    organization: isNode(org) ? value(org.name) : org,
    description: value(node.description),
    employmentType: Array.isArray(node.employmentType) ? node.employmentType.map(value) : value(node.employmentType),
    datePosted: value(node.datePosted),
    validThrough: value(node.validThrough),
    streetAddress: typeof address === 'string' ? address : value(addr.streetAddress),
    locality: value(addr.addressLocality),
    region: value(addr.addressRegion) ?? applicantRegion(node),
    postalCode: zipInText ?? value(addr.postalCode),
    remote: [value(node.jobLocationType)].flat().some((t) => typeof t === 'string' && t.toUpperCase() === 'TELECOMMUTE'),
    workHours: value(node.workHours),
    salaryMin: value(quantity.minValue) ?? value(quantity.value),
    salaryMax: value(quantity.maxValue) ?? value(quantity.value),
    salaryUnit: value(quantity.unitText),
    salaryCurrency: isNode(salary) ? value(salary.currency) : undefined,
    occupationalCategory: isNode(category) ? (value(category.codeValue) ?? value(category.name)) : category,
    fairChance: value(node[FAIR_CHANCE_PROPERTY]),
    url: value(node.url),
  };
}

export function parseJobPostingJsonLd(source: string): Parsed<DirectoryJobInput> {
  const trimmed = source.replace(/^\uFEFF/, '').trim();
  let documents: unknown[];
  if (trimmed.startsWith('<')) documents = scriptsOf(trimmed);
  else {
    try {
      documents = [JSON.parse(trimmed)];
    } catch (error) {
      throw new DirectoryFormatError(`The file is not JSON: ${(error as Error).message}`);
    }
  }
  const nodes = documents.flatMap(nodesOf);
  const result: Parsed<DirectoryJobInput> = { read: nodes.length, items: [], skipped: [] };
  nodes.forEach((node, index) => {
    const position = index + 1;
    if (!isNode(node)) {
      result.skipped.push({ position, id: null, reason: 'The item is not an object.' });
      return;
    }
    const rawId = value(node.identifier);
    const id =
      typeof rawId === 'string' ? rawId : isNode(rawId) && typeof value(rawId.value) === 'string' ? (value(rawId.value) as string) : null;
    if (!isJobPosting(node)) {
      result.skipped.push({ position, id, reason: `@type is ${JSON.stringify(node['@type'] ?? null)}, not JobPosting.` });
      return;
    }
    const checked = checkJob(fieldsOf(node), 'jsonld', (field) => LABELS[field]);
    if ('reason' in checked) result.skipped.push({ position, id, reason: `${checked.reason}.` });
    else result.items.push({ position, item: checked.job });
  });
  return result;
}
