namespace Finsam.Funding.Domain;

public enum AnnouncementKind
{
    Preliminary,
    Decision,
    Revision,
}
