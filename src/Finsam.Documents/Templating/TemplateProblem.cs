namespace Finsam.Documents.Templating;

// What is wrong with a template or a text, as the person who wrote it should read it.
public sealed class TemplateProblem(string message) : Exception(message);
