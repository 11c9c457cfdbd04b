using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Fluid;
using Fluid.Values;

namespace Finsam.Documents.Templating;

// What each filter would build, counted from its inputs without building it: an upper
// bound, exact where counting is cheap ("replace" counts its matches).
internal static class FilterCosts
{
    // Seconds since 1970 that a date can hold (years 1 to 9999).
    private const long FirstSecond = -62_135_596_800;
    private const long LastSecond = 253_402_300_799;

    public static readonly IReadOnlyDictionary<string, FilterCheck> Checks = new Dictionary<string, FilterCheck>
    {
        // Strings that grow by their arguments.
        ["append"] = (input, args, _, budget) => budget.ReserveCharacters(ValueSize.Length(input) + ValueSize.Length(args.At(0))),
        ["prepend"] = (input, args, _, budget) => budget.ReserveCharacters(ValueSize.Length(input) + ValueSize.Length(args.At(0))),
        ["replace"] = Replace,
        ["replace_first"] = (input, args, _, budget) => budget.ReserveCharacters(ValueSize.Length(input) + ValueSize.Length(args.At(1))),
        ["replace_last"] = (input, args, _, budget) => budget.ReserveCharacters(ValueSize.Length(input) + ValueSize.Length(args.At(1))),
        ["truncate"] = (input, args, _, budget) =>
        {
            var length = args.Count > 0 ? Whole(args.At(0), budget) : 50;
            budget.ReserveCharacters(Math.Min(ValueSize.Length(input), Math.Max(length, 0)) + (args.Count > 1 ? ValueSize.Length(args.At(1)) : 3));
        },
        ["truncatewords"] = (input, args, context, budget) =>
        {
            _ = args.Count > 0 ? Whole(args.At(0), budget) : 15;
            budget.ReserveCharacters(ValueSize.Length(input) + (args.Count > 1 ? ValueSize.Length(args.At(1)) : 3));
        },
        ["newline_to_br"] = (input, _, _, budget) => budget.ReserveCharacters(ValueSize.Length(input) + 6L * Occurrences(input.ToStringValue(), "\n")),
        ["escape"] = (input, _, _, budget) => budget.ReserveCharacters(Sum(input.ToStringValue(), EscapedLength)),
        ["escape_once"] = (input, _, _, budget) => budget.ReserveCharacters(Sum(input.ToStringValue(), EscapedLength)),
        ["url_encode"] = (input, _, _, budget) => budget.ReserveCharacters(Sum(input.ToStringValue(), UrlEncodedLength)),
        ["base64_encode"] = (input, _, _, budget) => budget.ReserveCharacters(Base64Length(input)),
        ["base64_url_safe_encode"] = (input, _, _, budget) => budget.ReserveCharacters(Base64Length(input)),
        ["date"] = Date,
        // A text that is not a date is refused by the filter itself (a FormatException).
        [LongDateFilter.Name] = (_, _, _, budget) => budget.ReserveCharacters(LongDateFilter.MaxLength),

        // Strings no longer than their input.
        ["remove"] = SameLength,
        ["remove_first"] = SameLength,
        ["remove_last"] = SameLength,
        ["strip"] = SameLength,
        ["lstrip"] = SameLength,
        ["rstrip"] = SameLength,
        ["strip_html"] = SameLength,
        ["strip_newlines"] = SameLength,
        ["upcase"] = SameLength,
        ["downcase"] = SameLength,
        ["capitalize"] = SameLength,
        ["handleize"] = SameLength,
        ["url_decode"] = SameLength,
        ["base64_url_safe_decode"] = SameLength,
        ["base64_decode"] = (input, _, _, budget) =>
        {
            if (!Base64.IsValid(input.ToStringValue()))
            {
                throw budget.Misuse("the text is not Base64.");
            }
            budget.ReserveCharacters(ValueSize.Length(input));
        },
        ["slice"] = (input, args, context, budget) =>
        {
            _ = args.Count > 0 ? Whole(args.At(0), budget) : 0;
            _ = args.Count > 1 ? Whole(args.At(1), budget) : 1;
            if (input is ArrayValue array)
            {
                budget.ReserveItems(array.Values.Count);
            }
            else
            {
                budget.ReserveCharacters(ValueSize.Length(input));
            }
        },

        // Arrays.
        ["split"] = (input, args, _, budget) =>
        {
            var text = input.ToStringValue();
            var separator = args.At(0).ToStringValue();
            budget.ReserveItems(separator.Length == 0 ? text.Length : Occurrences(text, separator) + 1);
            budget.ReserveCharacters(text.Length);
        },
        ["join"] = (input, args, context, budget) =>
        {
            var items = input.Enumerate(context).ToList();
            var separator = args.Count > 0 ? ValueSize.Length(args.At(0)) : 1;
            budget.ReserveCharacters(items.Sum(ValueSize.Length) + Math.Max(0, items.Count - 1) * separator);
        },
        ["concat"] = (input, args, context, budget) => budget.ReserveItems(ValueSize.Count(input, context) + ValueSize.Count(args.At(0), context)),
        ["map"] = SameCount,
        ["where"] = SameCount,
        ["reject"] = SameCount,
        ["compact"] = SameCount,
        ["uniq"] = SameCount,
        ["sort"] = SameCount,
        ["sort_natural"] = SameCount,
        ["reverse"] = SameCount,
        ["first"] = Nothing,
        ["last"] = Nothing,
        ["size"] = Nothing,
        ["sum"] = Nothing,
        ["find"] = Nothing,
        ["find_index"] = Nothing,
        ["has"] = Nothing,
        ["default"] = Nothing,
        ["raw"] = Nothing,
        ["md5"] = Nothing,
        ["sha1"] = Nothing,
        ["sha256"] = Nothing,

        // Numbers: a decimal's result is never long, but can be out of range.
        ["plus"] = Nothing,
        ["minus"] = Nothing,
        ["times"] = Nothing,
        ["abs"] = Nothing,
        ["ceil"] = Nothing,
        ["floor"] = Nothing,
        ["at_least"] = Nothing,
        ["at_most"] = Nothing,
        ["divided_by"] = NotByZero,
        ["modulo"] = NotByZero,
        ["round"] = (_, args, _, budget) =>
        {
            var decimals = args.Count > 0 ? args.At(0).ToNumberValue() : 0;
            if (decimals is < 0 or > 28)
            {
                throw budget.Misuse($"rounds to 0 to 28 decimals, not {decimals.ToString(CultureInfo.InvariantCulture)}.");
            }
        },
    };

    private static void Nothing(FluidValue input, FilterArguments args, TemplateContext context, TemplateBudget budget)
    {
    }

    private static void SameLength(FluidValue input, FilterArguments args, TemplateContext context, TemplateBudget budget) =>
        budget.ReserveCharacters(ValueSize.Length(input));

    private static void SameCount(FluidValue input, FilterArguments args, TemplateContext context, TemplateBudget budget) =>
        budget.ReserveItems(ValueSize.Count(input, context));

    private static void NotByZero(FluidValue input, FilterArguments args, TemplateContext context, TemplateBudget budget)
    {
        if (args.At(0).ToNumberValue() == 0)
        {
            throw budget.Misuse("cannot divide by zero.");
        }
    }

    private static void Replace(FluidValue input, FilterArguments args, TemplateContext context, TemplateBudget budget)
    {
        var search = args.At(0).ToStringValue();
        if (search.Length == 0)
        {
            throw budget.Misuse("'replace' needs a text to replace.");
        }
        var text = input.ToStringValue();
        var growth = Math.Max(0, ValueSize.Length(args.At(1)) - search.Length);
        budget.ReserveCharacters(text.Length + Occurrences(text, search) * growth);
    }

    // A number of seconds since 1970 must be a date; the format's widths ("%1000000Y")
    // are counted, every other directive as the longest a date directive writes.
    private static void Date(FluidValue input, FilterArguments args, TemplateContext context, TemplateBudget budget)
    {
        if (input is NumberValue && input.ToNumberValue() is var seconds && (seconds < FirstSecond || seconds > LastSecond))
        {
            throw budget.Misuse($"{seconds.ToString(CultureInfo.InvariantCulture)} is not a date between the years 1 and 9999.");
        }
        budget.ReserveCharacters(DateFormatLength(args.At(0).ToStringValue()));
    }

    private static long DateFormatLength(string format)
    {
        const int LongestDirective = 64;
        long length = 0;
        for (var i = 0; i < format.Length; i++)
        {
            if (format[i] != '%')
            {
                length++;
                continue;
            }
            i++;
            while (i < format.Length && "-_0^#:".Contains(format[i], StringComparison.Ordinal))
            {
                i++;
            }
            long width = 0;
            while (i < format.Length && char.IsAsciiDigit(format[i]))
            {
                width = Math.Min(width * 10 + (format[i] - '0'), int.MaxValue);
                i++;
            }
            length += Math.Max(width, LongestDirective);
        }
        return length;
    }

    // A number a filter takes as a count or a position: Fluid converts it to an int.
    private static long Whole(FluidValue value, TemplateBudget budget)
    {
        var number = value.ToNumberValue();
        return number is >= int.MinValue and <= int.MaxValue
            ? (long)number
            : throw budget.Misuse($"{number.ToString(CultureInfo.InvariantCulture)} is beyond the numbers it can take.");
    }

    private static long Occurrences(string text, string search)
    {
        long count = 0;
        for (var at = text.IndexOf(search, StringComparison.Ordinal); at >= 0; at = text.IndexOf(search, at + search.Length, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }

    private static long Sum(string text, Func<char, int> length)
    {
        long sum = 0;
        foreach (var c in text)
        {
            sum += length(c);
        }
        return sum;
    }

    // Letters, digits and spaces stay; anything else may become an entity ("&#x1F600;").
    private static int EscapedLength(char c) => char.IsAsciiLetterOrDigit(c) || c == ' ' ? 1 : 10;

    // An ASCII sign becomes "%XX"; other characters up to three UTF-8 bytes of "%XX".
    private static int UrlEncodedLength(char c) => char.IsAsciiLetterOrDigit(c) ? 1 : char.IsAscii(c) ? 3 : 9;

    private static long Base64Length(FluidValue value) => (Encoding.UTF8.GetByteCount(value.ToStringValue()) + 2L) / 3 * 4;
}
