/** Error for strict objects: names the unknown keys, so a typo like `publshed` is caught. */
export function unknownFields(allowed: string) {
  return (issue: { code?: string; keys?: readonly string[]; input?: unknown }) => {
    if (issue.code === 'unrecognized_keys' && issue.keys) {
      const plural = issue.keys.length > 1 ? 's' : '';
      return `unknown field${plural} ${issue.keys.map((key) => `"${key}"`).join(', ')}: allowed fields are ${allowed}`;
    }
    return issue.input === undefined ? 'required: a group of fields' : 'expected a group of fields (key: value lines)';
  };
}
