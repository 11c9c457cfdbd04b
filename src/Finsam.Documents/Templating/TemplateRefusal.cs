namespace Finsam.Documents.Templating;

// A reservation the budget refused: what asked for how much of what, and how much was
// left of it.
public sealed record TemplateRefusal(string Placeholder, string Resource, long Requested, long Limit);
