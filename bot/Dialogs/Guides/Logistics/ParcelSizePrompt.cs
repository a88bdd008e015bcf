using CrossBorderBot.Dialogs.Prompts;
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
        if (Likeness().IsMatch(trimmed) && !Digits().IsMatch(trimmed))
        {
            return ParcelSizeAnswer.Skip;
        }

        // "长五十宽四十高三十": the sides named with Chinese numerals are read as digits.
        if (SidesNamedInChinese().IsMatch(trimmed))
        {
            trimmed = ChineseNumerals().Replace(trimmed, numeral => ChineseNumeral.TryParse(numeral.Value, out var value) ? value.ToString(CultureInfo.InvariantCulture) : numeral.Value);
        }

        // At the size question itself, three bare numbers are the three sides ("40 30 25左右", "40,30,25 cm").
        var match = new[] { SizeRegex(), NamedSidesRegex(), SidesNamedAfterRegex(), BareSidesRegex() }.Select(regex => regex.Match(trimmed)).FirstOrDefault(m => m.Success);
        if (match is null)
        {
            // "its a 25cm cube", "边长25厘米的正方体箱子": one side given, the box a cube.
            var cube = CubeRegex().Match(trimmed);
            return cube.Success && Sides(cube, ["side", "side", "side"]) is { } same ? same : null;
        }

        return Sides(match, ["l", "w", "h"]);
    }

    private static ParcelSizeAnswer? Sides(Match match, string[] groups)
    {
        var factor = match.Groups["unit"].Value.ToLowerInvariant() switch
        {
            "mm" or "毫米" => 0.1m,
            "m" or "米" => 100m,
            "in" or "inch" or "inches" or "\"" or "英寸" => 2.54m,
            _ => 1m,
        };
        var sides = groups
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

    // The whole reply is the three numbers, with at most the box named ("箱子是45 40 35", "box is 50 40 30") and "about"
    // before and a unit and "or so" after; the separators cannot be confused with the numbers, so a long reply is read in
    // one pass.
    [GeneratedRegex(
        @"^(?:长宽高|(?:箱子|盒子|纸箱|外箱|包裹|箱|盒)(?:的)?(?:尺寸|大小)?是?|尺寸是?|(?:the\s+|my\s+|our\s+)?(?:box|carton|parcel|package)(?:\s+is|:)?|dims?:?|size:?)?(?>\s*)(?:about|around|approx\.?|roughly|大概|大约|约)?(?>\s*)(?<l>\d+(?:\.\d+)?)[\s,，/、]+(?<w>\d+(?:\.\d+)?)[\s,，/、]+(?<h>\d+(?:\.\d+)?)(?>\s*)(?<unit>cm|mm|inches|inch|in|""|厘米|公分|毫米|英寸)?(?>\s*)(?:左右|上下|around|or so|roughly)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BareSidesRegex();

    [GeneratedRegex(@"\bsize\s+of\s+(?:a|an|the)\b|\b[a-z]+[-\s]?sized\b|(?:差不多|一样|那么|这么)大|大小的(?:箱|盒)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Likeness();

    [GeneratedRegex(@"\d")]
    private static partial Regex Digits();

    // Each side named: "长35宽25高12", "长35cm，宽25，高12厘米", "length 35 width 25 height 12 cm", "L35 W25 H12".
    [GeneratedRegex(
        @"(?:长|length|\bl)\s*[:：]?\s*(?<l>\d+(?:\.\d+)?)\s*(?:cm|厘米|公分)?[\s,，、]*(?:宽|width|\bw)\s*[:：]?\s*(?<w>\d+(?:\.\d+)?)\s*(?:cm|厘米|公分)?[\s,，、]*(?:高|height|\bh)\s*[:：]?\s*(?<h>\d+(?:\.\d+)?)\s*(?<unit>cm|mm|m|inches|inch|in|厘米|公分|毫米|米|英寸)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NamedSidesRegex();

    // Each side named after its number: "50 long, 40 wide and 30 tall", "30 long, 20 wide, 8 high in cm".
    [GeneratedRegex(
        @"(?<![\d.])(?<l>\d+(?:\.\d+)?)\s*(?:cm\s*)?(?:long|in\s+length)[\s,，&]*(?:and\s+)?(?<w>\d+(?:\.\d+)?)\s*(?:cm\s*)?(?:wide|across|in\s+width)[\s,，&]*(?:and\s+)?(?<h>\d+(?:\.\d+)?)\s*(?:cm\s*)?(?:tall|high|deep|in\s+height)(?:\s*(?:in\s+)?(?<unit>cm|mm|inches|inch|in))?\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SidesNamedAfterRegex();

    [GeneratedRegex(@"长\s*[零〇一二两三四五六七八九十百]+.*宽\s*[零〇一二两三四五六七八九十百]+.*高\s*[零〇一二两三四五六七八九十百]+")]
    private static partial Regex SidesNamedInChinese();

    [GeneratedRegex(@"[零〇一二两三四五六七八九十百]+")]
    private static partial Regex ChineseNumerals();

    // A cube by one side: "a 25cm cube", "25 cm cubed box", "cube of 25 cm", "边长25厘米的正方体", "25厘米见方".
    [GeneratedRegex(
        @"(?<![\d.])(?<side>\d+(?:\.\d+)?)\s*(?<unit>cm|mm|m|inches|inch|in|厘米|公分|毫米|米|英寸)?\s*(?:cube\b|cubed\b|见方|的?(?:正方体|立方体))|(?:\bcube\s+of|边长)\s*(?<side>\d+(?:\.\d+)?)\s*(?<unit>cm|mm|m|inches|inch|in|厘米|公分|毫米|米|英寸)?(?=.*(?:\bcube\b|正方体|立方体|$))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CubeRegex();
}
