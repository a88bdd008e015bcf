namespace CrossBorderBot.Understanding;

/// <summary>
/// Keys of <c>RecognizerResult.Entities</c>. Each key holds an array of objects, in order of appearance (issue types:
/// the most specific first):
/// country <c>{code, text}</c>, region <c>{id, text}</c>, weight <c>{kilograms, text}</c>,
/// money <c>{amount, currency, text}</c>, category <c>{id, text}</c>, issueType <c>{id, text}</c>,
/// platform <c>{id, text}</c>, dimensions <c>{id: "LxWxH" in centimetres, text}</c>,
/// sensitiveGoods <c>{id: battery | liquid | powder | magnet, text}</c>, answer <c>{id: yes | no | unknown, text}</c>.
/// A key is absent when nothing of that kind was found. A city or port the geography data knows is reported as
/// its country.
/// </summary>
public static class EntityNames
{
    public const string Country = "country";
    public const string Region = "region";
    public const string Weight = "weight";
    public const string Money = "money";
    public const string Category = "category";
    public const string IssueType = "issueType";
    public const string Platform = "platform";
    public const string Dimensions = "dimensions";
    public const string SensitiveGoods = "sensitiveGoods";
    public const string Answer = "answer";
}
