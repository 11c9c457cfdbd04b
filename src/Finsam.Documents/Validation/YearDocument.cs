using Finsam.Contracts.Documents.V1;

namespace Finsam.Documents.Validation;

// Which of a federation's documents a request is about: its kind and its year.
public readonly record struct YearDocument(DocumentKind Kind, int Year);
