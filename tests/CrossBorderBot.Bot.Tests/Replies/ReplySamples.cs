using CrossBorderBot.Replies;

namespace CrossBorderBot.Tests.Replies;

/// <summary>Replies used by the renderer tests: one of every block, and the oversized ones the limits are about.</summary>
internal static class ReplySamples
{
    public static readonly ReplyAction Compare = new("Compare platforms", "compare", new Dictionary<string, string> { ["platforms"] = "amazon,temu" });

    public static Reply EveryBlock() => Reply.Of(
        new HeadingBlock("Your best platforms"),
        new ParagraphBlock("You sell **furniture** to Germany.\n- Amazon fits best\n- See [the fee page](https://sell.amazon.de/fees)"),
        new FactListBlock([new ReplyFact("Weight", "2 kg"), new ReplyFact("Destination", "Germany")], "Your answers"),
        new ResultTableBlock(["Platform", "Fit", "Fees"], [["Amazon", "86", "15%"], ["eBay", "70", "11%"], ["Temu", "55"]], HighlightFirstRow: true, Title: "Comparison"),
        new SourceListBlock([new ReplySource("Amazon selling fees", "Amazon", "https://sell.amazon.de/fees", new DateOnly(2025, 3, 1))]),
        new ChoiceSetBlock("Which one do you want to look at?", [new ReplyChoice("amazon", "Amazon"), new ReplyChoice("ebay", "eBay")]),
        new InputFormBlock(
            [
                FormField.Number("weight", "Weight (kg)", "2.5", required: true),
                FormField.Text("category", "Category"),
                FormField.Choice("urgency", "Urgency", [new ReplyChoice("fast", "Fast"), new ReplyChoice("cheap", "Cheap")]),
            ],
            new ReplyAction("Estimate", "estimate_logistics"),
            "Parcel"),
        new ActionButtonsBlock([Compare, new ReplyAction("Amazon Seller Central", "open_link", Url: "https://sellercentral.amazon.com")]));

    public static ResultTableBlock Table(int rows) => new(
        ["Channel", "Days", "Cost", "Tracking", "Notes"],
        [.. Enumerable.Range(1, rows).Select(row => (IReadOnlyList<string>)[$"Channel {row}", $"{row}-{row + 5}", $"{row * 3} USD", "full", "Ships from Shenzhen to the EU"])]);

    public static string LongText(int chars)
    {
        var words = new[] { "Customs", "holds", "happen", "when", "the", "declared", "value", "looks", "wrong.", "海关", "查验", "需要", "发票。" };
        var text = new System.Text.StringBuilder();
        for (var index = 0; text.Length < chars; index++)
        {
            text.Append(words[index % words.Length]).Append(index % 40 == 39 ? '\n' : ' ');
        }

        return text.ToString()[..chars];
    }

    public static ChoiceSetBlock Choices(int count) =>
        new("Which market?", [.. Enumerable.Range(1, count).Select(index => new ReplyChoice($"market_{index}", $"Market {index}"))]);

    public static ActionButtonsBlock Buttons(int count) =>
        new([.. Enumerable.Range(1, count).Select(index => new ReplyAction($"Button {index}", "go", new Dictionary<string, string> { ["n"] = index.ToString(System.Globalization.CultureInfo.InvariantCulture) }))]);
}
