using DocumentFormat.OpenXml.Wordprocessing;

namespace Finsam.Documents.Rendering;

// Word's list definitions: one for bullets, one for numbers, and an instance (w:num) per
// list whose level override starts it at its own first number: 1, or 2 for a list that
// goes on after a paragraph.
internal sealed class DocxNumbering
{
    private const int Bullets = 1;
    private const int Numbers = 2;
    private readonly List<(int Id, int Abstract, int Start)> _instances = [];

    public int NewList(bool numbered, int start = 1)
    {
        var id = _instances.Count + 1;
        _instances.Add((id, numbered ? Numbers : Bullets, start));
        return id;
    }

    public Numbering Build()
    {
        var numbering = new Numbering(
            Abstract(Bullets, NumberFormatValues.Bullet, "•"),
            Abstract(Numbers, NumberFormatValues.Decimal, "%1."));
        foreach (var (id, abstractId, start) in _instances)
        {
            var instance = new NumberingInstance(new AbstractNumId { Val = abstractId }) { NumberID = id };
            if (abstractId == Numbers)
            {
                instance.Append(new LevelOverride(new StartOverrideNumberingValue { Val = start }) { LevelIndex = 0 });
            }
            numbering.Append(instance);
        }
        return numbering;
    }

    private static AbstractNum Abstract(int id, NumberFormatValues format, string text) =>
        new(new Level(
            new StartNumberingValue { Val = 1 },
            new NumberingFormat { Val = format },
            new LevelText { Val = text },
            new LevelJustification { Val = LevelJustificationValues.Left },
            new PreviousParagraphProperties(new Indentation { Left = "720", Hanging = "360" }))
        { LevelIndex = 0 })
        { AbstractNumberId = id };
}
