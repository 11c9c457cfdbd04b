namespace Finsam.Grants.Domain;

// An effort is one or the other, never both: one with both parts is registered as two.
public enum EffortKind
{
    Individual,
    Structural,
}
