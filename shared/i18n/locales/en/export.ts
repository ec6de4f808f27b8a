/** "Export CSV" on the list toolbar: the button, its progress and how it ended. */
export const export_ = {
  button: 'Export CSV',
  progress_one: 'Exporting {{rows}} of {{total}} deal',
  progress_other: 'Exporting {{rows}} of {{total}} deals',
  cancelled: 'Export cancelled: no file was written.',
  done_one: 'Exported {{rows}} deal to {{file}}.',
  done_other: 'Exported {{rows}} deals to {{file}}.',
  failed: 'The export failed. Try again.',
};
