namespace Finsam.Documents.Rendering;

// Chromium is missing or failed: PDFs cannot be printed now; the other formats can.
public sealed class PdfUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
