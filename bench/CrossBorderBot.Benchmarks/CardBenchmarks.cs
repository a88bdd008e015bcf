using BenchmarkDotNet.Attributes;
using CrossBorderBot.Language;
using CrossBorderBot.Replies;

namespace CrossBorderBot.Benchmarks;

/// <summary>Rendering a result reply (heading, facts, a ranked table, sources, buttons) as an Adaptive Card.</summary>
[MemoryDiagnoser]
public class CardBenchmarks
{
    private readonly Reply _result = Reply.Of(
        new HeadingBlock("Logistics channels for 2 kg to Germany"),
        new FactListBlock([new ReplyFact("Weight", "2 kg"), new ReplyFact("Size", "30 × 20 × 15 cm"), new ReplyFact("Declared value", "60 USD")]),
        new ResultTableBlock(
            ["Channel", "Days", "Cost", "Tracking"],
            [["Dedicated line", "8–12", "US$ 19", "Full"], ["Express", "3–5", "US$ 48", "Full"], ["Postal", "15–30", "US$ 14", "Partial"], ["Sea + overseas warehouse", "25–40", "US$ 9", "Full"]],
            HighlightFirstRow: true),
        new ParagraphBlock("**Landed cost**: duty 8 %, VAT 19 % (IOSS), fees.\n- DDP recommended\n- Keep the invoice"),
        new SourceListBlock([new ReplySource("EU VAT e-commerce rules", "European Commission", "https://example.org/vat", new DateOnly(2026, 10, 1))]),
        new ActionButtonsBlock([new ReplyAction("Send me the plan", "plan"), new ReplyAction("Start over", "cancel")]));

    [Benchmark]
    public AdaptiveCardJson AdaptiveCard() => AdaptiveCardRenderer.Render(_result, BotLanguage.English);
}
