namespace CrossBorderBot.Understanding;

/// <summary>
/// Keys of <c>RecognizerResult.Entities</c>. Each key holds an array of objects, in order of appearance:
/// country <c>{code, text}</c>, region <c>{id, text}</c>, weight <c>{kilograms, text}</c>,
/// money <c>{amount, currency, text}</c>, category <c>{id, text}</c>, issueType <c>{id, text}</c>.
/// A key is absent when nothing of that kind was found.
/// </summary>
public static class EntityNames
{
    public const string Country = "country";
    public const string Region = "region";
    public const string Weight = "weight";
    public const string Money = "money";
    public const string Category = "category";
    public const string IssueType = "issueType";
}
