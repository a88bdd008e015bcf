using CrossBorderBot.Dialogs.Prompts;
using CrossBorderBot.Understanding.Quantities;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// Asks for an amount of money ("$500", "3000元", "5万元", "400 euros") and also takes a bare number, read in
/// <paramref name="defaultCurrency"/>: a budget question already names its currency, so "20000" is a full answer.
/// </summary>
public sealed partial class GuideAmountPrompt(string id, string defaultCurrency, PromptValidator<MoneyQuantity>? validator = null)
    : Prompt<MoneyQuantity>(id, validator)
{
    private readonly QuantityRecognizer _recognizer = new();

    protected override Task<PromptRecognizerResult<MoneyQuantity>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        var text = GetAnswerText(turnContext);
        if (text is null)
        {
            return Task.FromResult(PromptRecognizerResult<MoneyQuantity>.Failed);
        }

        var cultures = PromptLanguage.Cultures(turnContext.Activity);
        var amount = Short(text)
            ?? Short(BareAmount.Hedges().Replace(text, " "))
            ?? _recognizer.RecognizeMoney(text, cultures[0]).FirstOrDefault()
            ?? NumberInWords(text, cultures);
        return Task.FromResult(amount is null
            ? PromptRecognizerResult<MoneyQuantity>.Failed
            : PromptRecognizerResult<MoneyQuantity>.Success(amount));
    }

    /// <summary>
    /// The short answers people type most ("20000", "5万元", "$800", "3k usd", "五千"), read without the number
    /// recognizers, which are slower and whose Chinese models have been seen to miss under concurrent turns.
    /// </summary>
    private MoneyQuantity? Short(string text)
    {
        var match = ShortAmount().Match(text.Trim());
        if (!match.Success)
        {
            return null;
        }

        var number = match.Groups["n"].Value;
        var multiplier = match.Groups["mult"].Value switch
        {
            "万" => 10_000m,
            "千" or "k" or "K" => 1_000m,
            _ => 1m,
        };
        var currency = match.Groups["pre"].Success || match.Groups["post"].Value.ToLowerInvariant() is "美元" or "美金" or "usd" or "dollar" or "dollars"
            ? "USD"
            : match.Groups["post"].Success ? "CNY" : defaultCurrency;
        return PlainNumber.Parse(number) is { } value ? new MoneyQuantity(value * multiplier, currency, text) : null;
    }

    private MoneyQuantity? NumberInWords(string text, IReadOnlyList<string> cultures) =>
        cultures.Select(culture => NumberPrompt.Recognize(text, culture)).FirstOrDefault(number => number is not null) is { } found
            ? new MoneyQuantity(found, defaultCurrency, text)
            : null;

    [GeneratedRegex(@"^(?<pre>\$|US\$)?\s*(?<n>[0-9.,]+|[零〇一二两三四五六七八九十百]+)\s*(?<mult>万|千|k|K)?\s*(?<post>元|块|人民币|rmb|RMB|cny|CNY|美元|美金|usd|USD|dollars?)?$")]
    private static partial Regex ShortAmount();
}
