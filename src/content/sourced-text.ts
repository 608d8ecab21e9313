/** Where a piece of content text comes from, so a build error can point at it. */
export interface TextSource {
  /** File as displayed to the office, e.g. "content/communes/phu-dinh.yaml". */
  file: string;
  /** Field path inside the file, e.g. "serviceCentre.phone". */
  field: string;
}

/** A string from content, tagged with its file and field. */
export interface SourcedText {
  text: string;
  source: TextSource;
}

/** Tags strings of one file: `at(commune.name, 'name')`. */
export function createSourcedText(file: string): (text: string, field: string) => SourcedText {
  return (text, field) => ({ text, source: { file, field } });
}
