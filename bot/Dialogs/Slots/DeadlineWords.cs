namespace CrossBorderBot.Dialogs.Slots;

/// <summary>
/// The JSON shape of slot-vocabulary.json's "deadlines": named days a parcel must arrive by ("christmas", "black friday",
/// "月底"), keyed by their date ("12-25") or by a day that moves ("black-friday", "month-end"), and the words that make a
/// named day a deadline: "before", "by", "in time for" before it, "前", "之前" after it.
/// </summary>
public sealed class DeadlineWords
{
    public List<string> Before { get; set; } = [];

    public List<string> After { get; set; } = [];

    public Dictionary<string, List<string>> Days { get; set; } = [];
}
