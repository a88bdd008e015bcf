using CrossBorderBot.Knowledge.Advisors;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// On channels with forms, the dimensions question also offers the remaining optional details (urgency, tracking,
/// returns, batteries or liquids) as one form. Typing an answer still works: whatever the form did not give is asked
/// one question at a time afterwards.
/// </summary>
public static class LogisticsDetailsForm
{
    public const string Verb = ReplyVerbs.LogisticsDetails;
    public const string DimensionsId = "dimensions";
    public const string UrgencyId = "urgency";
    public const string TrackingId = "tracking";
    public const string ReturnsId = "returns";
    public const string GoodsId = "goods";

    private const string YesValue = "yes";
    private const string NoValue = "no";

    public static InputFormBlock Create(BotLanguage language)
    {
        var text = LogisticsGuideText.For(language);
        var common = GuideCommonText.For(language);
        IReadOnlyList<ReplyChoice> yesNo = [new(YesValue, common.Yes), new(NoValue, common.No)];
        return new InputFormBlock(
            [
                FormField.Text(DimensionsId, text.Dimensions, placeholder: "40x30x20 cm"),
                FormField.Choice(UrgencyId, text.Urgency, [.. Enum.GetValues<ShippingUrgency>().Select(urgency => new ReplyChoice(EnumWords.Word(urgency), text.Label(urgency)))]),
                FormField.Choice(TrackingId, text.Tracking, yesNo),
                FormField.Choice(ReturnsId, text.Returns, yesNo),
                FormField.Choice(GoodsId, text.Goods, [.. Enum.GetValues<ParcelGoods>().Select(goods => new ReplyChoice(EnumWords.Word(goods), text.Label(goods)))]),
            ],
            new ReplyAction(text.FormSubmit, Verb),
            text.FormTitle);
    }

    /// <summary>The form's answers; null when the dimensions typed in it cannot be read (the question is asked again).</summary>
    public static ParcelSizeAnswer? Parse(JObject data)
    {
        var dimensions = Field(data, DimensionsId);
        var size = dimensions is null ? ParcelSizeAnswer.Skip : ParcelSizePrompt.Parse(dimensions);
        return size is null
            ? null
            : size with
            {
                Urgency = EnumWords.Read<ShippingUrgency>(Field(data, UrgencyId)),
                NeedsTracking = YesNo(Field(data, TrackingId)),
                NeedsReturns = YesNo(Field(data, ReturnsId)),
                Goods = EnumWords.Read<ParcelGoods>(Field(data, GoodsId)),
            };
    }

    private static string? Field(JObject data, string id) =>
        data[id]?.Type == JTokenType.String && data[id]!.ToString().Trim() is { Length: > 0 } value ? value : null;

    private static bool? YesNo(string? value) => value switch
    {
        YesValue => true,
        NoValue => false,
        _ => null,
    };
}
