namespace Finsam.Funding.Domain;

// A Swedish organisation number: ten digits, written "222000-1234", the last a check digit by
// the Luhn algorithm (as on personal identity numbers), which catches a mistyped digit.
public static class OrganisationNumber
{
    // As written with its hyphen; null when it is not an organisation number (empty included).
    public static string? Normalized(string? text)
    {
        var trimmed = text?.Trim() ?? "";
        // The hyphen, where written, stands after the sixth digit.
        var digits = trimmed.Length == 11 && trimmed[6] == '-' ? trimmed.Remove(6, 1) : trimmed;
        if (digits.Length != 10 || !digits.All(char.IsAsciiDigit) || !ChecksOut(digits))
        {
            return null;
        }
        return $"{digits[..6]}-{digits[6..]}";
    }

    private static bool ChecksOut(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var value = (digits[i] - '0') * (i % 2 == 0 ? 2 : 1);
            sum += value > 9 ? value - 9 : value;
        }
        return sum % 10 == 0;
    }
}
