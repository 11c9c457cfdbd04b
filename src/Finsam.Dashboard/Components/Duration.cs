using System.Globalization;

namespace Finsam.Dashboard.Components;

public static class Duration
{
    // "850 µs", "12,3 ms", "1,25 s".
    public static string Format(TimeSpan duration)
    {
        var swedish = CultureInfo.GetCultureInfo("sv-SE");
        return duration.TotalMilliseconds switch
        {
            < 1 => $"{(duration.TotalMicroseconds).ToString("0", swedish)} µs",
            < 1000 => $"{duration.TotalMilliseconds.ToString("0.#", swedish)} ms",
            _ => $"{duration.TotalSeconds.ToString("0.##", swedish)} s",
        };
    }
}
