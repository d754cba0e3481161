/** A whole-file problem found while streaming an import (the upload continues no further). */
export class ImportFileError extends Error {}
