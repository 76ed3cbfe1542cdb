/**
 * The word lists the masking of anonymous stories reads (masking.ts): common given names, US states and a
 * few cities, month and day names, and the capitalised words that are not places after "in", "at" or
 * "from" ("in January", "at Court").
 *
 * Small on purpose, and written here for the server: the demo's fictional given names
 * (packages/cli/src/serve/demo-names.ts) are among them, but the server must not depend on the cli
 * package. A list never catches every name; the reviewer reads every anonymous story and adds the masks
 * it missed (the desk's Stories tab), which is why review comes before publication.
 *
 * Left out on purpose: given names that are also everyday capitalised words at the start of a sentence
 * (Will, May, June, April, Grace, Hope, Faith, Joy, Mark, Bill, Rose, Art, Sunny, Summer, Autumn), which
 * would mask too much; the storyteller's own names are masked whatever they are.
 */

/** A list written as words separated by spaces. */
const words = (text: string): string[] => text.split(/\s+/).filter((w) => w !== '');
/** A list written as phrases separated by `|` (a phrase may hold spaces); line breaks separate too. */
const phrases = (text: string): string[] =>
  text
    .split(/[|\n]/)
    .map((p) => p.trim())
    .filter((p) => p !== '');

/** Common given names in the United States (English and Spanish), capitalised as written. */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(
  words(`
  Ana Marcus Keisha Luis Emily Darnell Mei Jose José Tanya Robert Aaliyah Carmen Tyrone Olivia Samuel Fatima Cody
  Rosa Andre Hannah Miguel Shaniqua Dylan
  Aaron Adam Adrian Alejandro Alex Alexander Alicia Alyssa Amanda Amber Andrea Andrew Angel Angela Anthony Antonio
  Ashley Brandon Brian Brittany Carlos Charles Chris Christopher Crystal Daniel Danielle David Deshawn Destiny Diana
  Diego Dominique Eduardo Elena Elizabeth Eric Erica Francisco Gabriel Guadalupe Heather Isaiah Jacob Jamal James
  Jasmine Jason Javier Jennifer Jessica Jesús John Jonathan Jorge Joseph Joshua Juan Julia Justin Karen Kayla Kevin
  Kimberly LaToya Latoya Laura Lisa Lucia Lucía Manuel Maria María Marisol Matthew Melissa Michael Michelle Monique
  Nicole Pedro Rachel Rafael Ricardo Richard Roberto Sarah Sergio Shawn Stephanie Steven Terrell Thomas Tiffany
  Timothy Tyler Valeria Veronica Victor William Xavier Yolanda
`),
);

/** The fifty states, the District and Puerto Rico, with a few Spanish spellings. */
export const STATE_NAMES: readonly string[] = phrases(`
  Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois
  Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri
  Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma
  Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington
  West Virginia|Wisconsin|Wyoming|District of Columbia|Puerto Rico|Misuri|Nueva York|Pensilvania|Nuevo México
  Carolina del Norte|Carolina del Sur
`);

/** The two-letter postal codes, matched only after a city and a comma ("Joplin, MO"). */
export const STATE_CODES: readonly string[] = words(`
  AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR
  PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR
`);

/** Cities: the largest, those of the demo's three states, and (last line) the demo's fictional places. */
export const CITY_NAMES: readonly string[] = phrases(`
  Albuquerque|Allentown|Atlanta|Austin|Baltimore|Boston|Charlotte|Chicago|Cincinnati|Cleveland|Columbia|Columbus
  Dallas|Denver|Detroit|El Paso|Erie|Fresno|Harrisburg|Houston|Independence|Indianapolis|Jacksonville
  Jefferson City|Joplin|Kansas City|Las Vegas|Long Beach|Los Angeles|Louisville|Memphis|Miami|Milwaukee
  Minneapolis|Nashville|New Orleans|Oakland|Omaha|Philadelphia|Phoenix|Pittsburgh|Portland|Raleigh|Richmond
  Riverside|Sacramento|Saint Louis|San Antonio|San Diego|San Francisco|San Jose|Scranton|Seattle|Springfield
  St. Joseph|St. Louis|Stockton|Tulsa|Wichita
  Mariposa Bay|Cedar Ridge|Laurel Valley
`);

export const MONTHS_EN: readonly string[] = words('January February March April May June July August September October November December');
/** Abbreviations, matched only before a day or year ("Jan 5", "Sept. 2019"). */
export const MONTH_ABBREVIATIONS: readonly string[] = words('Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec');
export const MONTHS_ES: readonly string[] = words(
  'enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre',
);

/** Forms of address and titles: the capitalised word after one is a name ("Officer Smith"). */
export const TITLES: readonly string[] = words(`
  Mr Mrs Ms Miss Dr Officer Judge Detective Sgt Sergeant Deputy Agent Attorney Sheriff Pastor Father Sister
  Brother Coach Señor Señora Sr Sra Juez Jueza Oficial Licenciado Licenciada
`);

/**
 * Capitalised words that are not a place after "in", "at", "from" …: days, months, pronouns and articles
 * at a sentence's start, institutions every story names, family words and holidays.
 */
export const NOT_PLACES: ReadonlySet<string> = new Set([
  ...MONTHS_EN,
  ...MONTHS_ES.map((m) => m[0]!.toUpperCase() + m.slice(1)),
  ...TITLES,
  ...words(`
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday Lunes Martes Miércoles Jueves Viernes Sábado Domingo
  I The A An My Our His Her Their Your This That These Those It We He She They You
  El La Los Las Un Una Mi Mis Su Sus Yo Nosotros
  God Dios Jesus Christ Court Probation Parole Jail Prison Church School Work Home
  Mom Dad Mother Grandma Grandpa Mamá Papá English Spanish Inglés Español Christmas Easter Thanksgiving Navidad
  AA NA Pathways
`),
]);

/** Words of a display name that are not names ("Person on supervision P-MO-00001 (demo)"), lowercased. */
export const NOT_NAMES: ReadonlySet<string> = new Set(
  words(`
  person on of the and supervision demo officer supervisor administrator admin user account probation parole test
  advocate defender public unit staff mr mrs ms dr
`),
);
