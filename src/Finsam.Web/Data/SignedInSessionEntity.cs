namespace Finsam.Web.Data;

// One signed-in person's session: the tokens identity gave it, protected, under the hash of
// the key their cookie carries (so the table names no cookie).
public sealed class SignedInSessionEntity
{
    public required string Id { get; init; }

    public required string Tokens { get; set; }

    public DateTimeOffset LastUsed { get; set; }
}
