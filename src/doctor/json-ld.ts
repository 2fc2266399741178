/**
 * Reading JSON-LD as search engines do: blocks may hold one object, an array, or an `@graph`;
 * the article is the object whose `@type` says it is one.
 */

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every object in a JSON value, nested ones included, parents first. */
export function objectsIn(value: unknown, found: JsonObject[] = []): JsonObject[] {
  if (Array.isArray(value)) value.forEach((item) => objectsIn(item, found));
  else if (isObject(value)) {
    found.push(value);
    Object.values(value).forEach((item) => objectsIn(item, found));
  }
  return found;
}

const typesOf = (object: JsonObject): string[] => [object['@type']].flat().filter((type): type is string => typeof type === 'string');

/** Types that are an article (NewsArticle, BlogPosting, Report…); a CreativeWork or WebPage only when there is none of those. */
const ARTICLE = /Article$|^(?:BlogPosting|LiveBlogPosting|Report|ScholarlyArticle)$/;
const WORK = /^(?:CreativeWork|WebPage)$/;

/** The article objects of a page's JSON-LD blocks. */
export function articlesIn(blocks: readonly unknown[]): JsonObject[] {
  const objects = blocks.flatMap((data) => objectsIn(data));
  const articles = objects.filter((object) => typesOf(object).some((type) => ARTICLE.test(type)));
  return articles.length > 0 ? articles : objects.filter((object) => typesOf(object).some((type) => WORK.test(type)));
}

/** The parts an article declares (`hasPart`, one or a list). */
export const partsOf = (article: JsonObject): JsonObject[] => [article.hasPart].flat().filter(isObject);

/** Every `cssSelector` text anywhere in the blocks. */
export function cssSelectorsIn(blocks: readonly unknown[]): string[] {
  const selectors = blocks.flatMap((data) => objectsIn(data)).flatMap((object) => [object.cssSelector].flat());
  return [...new Set(selectors.filter((selector): selector is string => typeof selector === 'string'))];
}

/** `isAccessibleForFree` as a boolean (`"False"` and `"false"` are how many sites write it), or `undefined` when absent or unreadable. */
export function freeFlag(object: JsonObject): boolean | undefined {
  const value = object.isAccessibleForFree;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && /^(?:true|false)$/i.test(value.trim())) return value.trim().toLowerCase() === 'true';
  return undefined;
}
