using System.Text.RegularExpressions;
using CrossBorderBot.Dialogs.Prompts;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// Asks for a parcel's length × width × height ("40x30x20 cm", "40*30*20", "16 x 12 x 8 in", "40乘30乘20厘米"), with a
/// Skip button: dimensions are optional, they only matter when the box is light for its size. Where the channel has
/// forms it also accepts the <see cref="LogisticsDetailsForm"/> submitted instead.
/// </summary>
public sealed partial class ParcelSizePrompt(string id) : Prompt<ParcelSizeAnswer>(id)
{
    public const string SkipValue = "skip";

    /// <summary>A side longer than this is a typing slip, not a parcel (centimetres).</summary>
    private const decimal MaxSideCm = 1000m;

    private static readonly HashSet<string> SkipWords = new(StringComparer.OrdinalIgnoreCase)
    {
        SkipValue, "skip it", "don't know", "dont know", "not sure", "no idea", "unknown", "none", "no", "n/a",
        "跳过", "不知道", "不清楚", "不确定", "没有", "无",
    };

    protected override Task<PromptRecognizerResult<ParcelSizeAnswer>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        var answer = PromptInput.Verb(turnContext.Activity) == LogisticsDetailsForm.Verb
            ? (turnContext.Activity.Value is JObject data ? LogisticsDetailsForm.Parse(data) : null)
            : GetAnswerText(turnContext) is { } text ? Parse(text) : null;
        return Task.FromResult(answer is null
            ? PromptRecognizerResult<ParcelSizeAnswer>.Failed
            : PromptRecognizerResult<ParcelSizeAnswer>.Success(answer));
    }

    /// <summary>The question with its Skip button and, where the channel has forms, the optional details form.</summary>
    protected override Activity DecoratePrompt(ITurnContext turnContext, PromptOptions options, Activity prompt)
    {
        var reply = ChoiceCard.Create(prompt.Text, options.Choices.Select(choice => (choice.DisplayTitle, choice.Value)));
        if (ReplyChannels.SupportsForms(turnContext.Activity.ChannelId))
        {
            reply = reply.Append(LogisticsDetailsForm.Create(TurnLanguage.Of(turnContext)));
        }

        return ReplyActivityFactory.Apply(turnContext, prompt, reply);
    }

    /// <summary>The size in centimetres, <see cref="ParcelSizeAnswer.Skip"/>, or null when the text is neither.</summary>
    internal static ParcelSizeAnswer? Parse(string text)
    {
        var trimmed = text.Trim().TrimEnd('.', '。');
        if (SkipWords.Contains(trimmed))
        {
            return ParcelSizeAnswer.Skip;
        }

        // At the size question itself, three bare numbers are the three sides ("40 30 25左右", "40,30,25 cm").
        var match = SizeRegex().Match(trimmed) is { Success: true } written ? written : BareSidesRegex().Match(trimmed);
        if (!match.Success)
        {
            return null;
        }

        var factor = match.Groups["unit"].Value.ToLowerInvariant() switch
        {
            "mm" or "毫米" => 0.1m,
            "m" or "米" => 100m,
            "in" or "inch" or "inches" or "\"" or "英寸" => 2.54m,
            _ => 1m,
        };
        var sides = new[] { "l", "w", "h" }
            .Select(name => decimal.Parse(match.Groups[name].Value, NumberStyles.Number, CultureInfo.InvariantCulture) * factor)
            .ToArray();
        return sides.All(side => side is > 0 and <= MaxSideCm)
            ? new ParcelSizeAnswer(Math.Round(sides[0], 1), Math.Round(sides[1], 1), Math.Round(sides[2], 1))
            : null;
    }

    // Not from inside a run of digits: trying every start in a long run made the search quadratic.
    [GeneratedRegex(
        @"(?<![\d.])(?<l>\d+(?:\.\d+)?)\s*(?:cm|厘米|公分)?\s*(?:x|×|\*|by|乘)\s*(?<w>\d+(?:\.\d+)?)\s*(?:cm|厘米|公分)?\s*(?:x|×|\*|by|乘)\s*(?<h>\d+(?:\.\d+)?)\s*(?<unit>cm|mm|m|inches|inch|in|""|厘米|公分|毫米|米|英寸)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SizeRegex();

    // The whole reply is the three numbers, with at most "about" before and a unit and "or so" after; the separators
    // cannot be confused with the numbers, so a long reply is read in one pass.
    [GeneratedRegex(
        @"^(?:about|around|approx\.?|roughly|大概|大约|约)?(?>\s*)(?<l>\d+(?:\.\d+)?)[\s,，/、]+(?<w>\d+(?:\.\d+)?)[\s,，/、]+(?<h>\d+(?:\.\d+)?)(?>\s*)(?<unit>cm|mm|inches|inch|in|""|厘米|公分|毫米|英寸)?(?>\s*)(?:左右|上下|around|or so|roughly)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BareSidesRegex();
}
