namespace Finsam.Contracts;

// An answer a caller may keep and ask about again by its version (known_version in the
// request): while the service's data is still at that version, the answer is only the
// version with Unchanged set. Funding's Income and grants' EffortCosts are such answers.
public interface IVersionedAnswer
{
    string Version { get; }

    bool Unchanged { get; }
}
