using CrossBorderBot.Dialogs.Slots;
using CrossBorderBot.Dialogs.Prompts;
using CrossBorderBot.Understanding;
using CrossBorderBot.Understanding.Quantities;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// Asks for a parcel's length × width × height ("40x30x20 cm", "40*30*20", "16 x 12 x 8 in", "40乘30乘20厘米", each side
/// named: "长35宽25高12", "length 35 width 25 height 12"; or one side of a cube: "a 25cm cube", "边长25厘米的正方体"), with a
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

        // "roughly the size of a cereal box", "shoebox sized", "跟鞋盒差不多大": a likeness is no measurement; the size is skipped.
        if (CueBook.Get(Cue.ParcelSizeLikeness).IsMatch(trimmed) && !CueBook.Get(Cue.ParcelSizeDigits).IsMatch(trimmed))
        {
            return ParcelSizeAnswer.Skip;
        }

        // "长五十宽四十高三十", "箱子三十五乘二十五乘二十", "每个两米乘一米乘一米": sides said in Chinese numerals (named, or
        // joined by 乘, or in a reply with no digit at all) are read as digits, and sides in metres as centimetres.
        if (CueBook.Get(Cue.ParcelSizeSidesNamedInChinese).IsMatch(trimmed) || trimmed.Contains('乘') || !CueBook.Get(Cue.ParcelSizeDigits).IsMatch(trimmed))
        {
            trimmed = CueBook.Get(Cue.ParcelSizeChineseNumerals).Replace(trimmed, numeral => ChineseNumeral.TryParse(numeral.Value, out var value) ? value.ToString(CultureInfo.InvariantCulture) : numeral.Value);
            trimmed = SidesInMetres.AsCentimetres(trimmed);
        }

        // At the size question itself, three bare numbers are the three sides ("40 30 25左右", "40,30,25 cm").
        var match = new[] { CueBook.Get(Cue.ParcelSizeSize), CueBook.Get(Cue.ParcelSizeNamedSides), CueBook.Get(Cue.ParcelSizeSidesNamedAfter), CueBook.Get(Cue.ParcelSizeBareSides) }.Select(regex => regex.Match(trimmed)).FirstOrDefault(m => m.Success);
        if (match is null)
        {
            // "its a 25cm cube", "边长25厘米的正方体箱子": one side given, the box a cube.
            var cube = CueBook.Get(Cue.ParcelSizeCube).Match(trimmed);
            return cube.Success && Sides(cube, ["side", "side", "side"]) is { } same ? same : RoundParcel(text);
        }

        return Sides(match, ["l", "w", "h"]);
    }

    /// <summary>
    /// "a shipping tube 90cm long, 12 cm across", "装在纸筒里，长一米，直径十公分": a round parcel (the vocabulary's
    /// "roundParcels" words) given by two lengths, its length and its width, packs as a box of that length whose other two
    /// sides are the width. Null when the message names no round parcel or gives other than two lengths with a unit.
    /// </summary>
    private static ParcelSizeAnswer? RoundParcel(string text)
    {
        if (!SlotVocabulary.Default.Families.Has("roundParcels", SlotVocabulary.Normalize(text)))
        {
            return null;
        }

        var lengths = LengthWithUnit().Matches(text)
            .Select(m => Value(m.Groups["n"].Value) * UnitFactor(m.Groups["unit"].Value))
            .ToList();
        if (lengths is not [{ } first, { } second])
        {
            return null;
        }

        var (length, across) = (Math.Max(first, second), Math.Min(first, second));
        return across > 0 && length <= MaxSideCm ? new ParcelSizeAnswer(Math.Round(length, 1), Math.Round(across, 1), Math.Round(across, 1)) : null;
    }

    private static decimal? Value(string number) =>
        decimal.TryParse(number, NumberStyles.Number, CultureInfo.InvariantCulture, out var digits) ? digits
        : ChineseNumeral.TryParse(number, out var chinese) ? chinese : null;

    private static decimal UnitFactor(string unit) => unit.ToLowerInvariant() switch
    {
        "mm" or "毫米" => 0.1m,
        "m" or "米" => 100m,
        "in" or "inch" or "inches" or "\"" or "英寸" => 2.54m,
        _ => 1m,
    };

    // A length with its unit: "90cm", "12 cm", "一米", "十公分", "8 in".
    [GeneratedRegex(@"(?<![\d.零〇一二两三四五六七八九十百])(?<n>\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百]+)\s*(?<unit>cm|mm|m|inches|inch|in|厘米|公分|毫米|英寸|米)(?![A-Za-z])", RegexOptions.IgnoreCase)]
    private static partial Regex LengthWithUnit();

    private static ParcelSizeAnswer? Sides(Match match, string[] groups)
    {
        var factor = UnitFactor(match.Groups["unit"].Value);
        var sides = groups
            .Select(name => decimal.Parse(match.Groups[name].Value, NumberStyles.Number, CultureInfo.InvariantCulture) * factor)
            .ToArray();
        return sides.All(side => side is > 0 and <= MaxSideCm)
            ? new ParcelSizeAnswer(Math.Round(sides[0], 1), Math.Round(sides[1], 1), Math.Round(sides[2], 1))
            : null;
    }
}
