namespace Finsam.Grants.Domain;

// Insatskatalogen shows what a person can take part in now: public efforts that are granted
// or running. Drafts and applications are not offered yet; the rest are over.
public static class Catalogue
{
    // Of the public efforts.
    public static readonly IReadOnlyList<EffortStatus> ListedStatuses = [EffortStatus.Granted, EffortStatus.Running];
}
