namespace Finsam.Grants.Domain.Participation;

// A count as the public sees it: the number, "< 5" for a small one, or hidden ("–") where
// showing it would let a small one be worked out from a total.
public readonly record struct MaskedCount(int Count, CountMasking Masking)
{
    public override string ToString() => Masking switch
    {
        CountMasking.Small => "< 5",
        CountMasking.Protecting => "–",
        _ => Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}

public enum CountMasking
{
    Shown,

    // Fewer than five, but more than none.
    Small,

    // Not small itself, hidden so that a small cell cannot be recovered (secondary suppression).
    Protecting,
}
