namespace Finsam.Budget.Domain;

// The board meeting that adopted a version: its date and the reference number (diarienummer).
public sealed record Adoption(DateOnly On, string ReferenceNumber);
