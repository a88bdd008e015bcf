using CrossBorderBot.Dialogs.Guides;
using CrossBorderBot.Dialogs.Prompts;
using CrossBorderBot.Understanding.Quantities;

namespace CrossBorderBot.Dialogs;

/// <summary>
/// The typed dialog values most turns read and write, read and written by <see cref="Storage.PlainJson"/>: the guides'
/// answers and start options (with the recognizer's entities), the prompts' options (their question through
/// <see cref="PromptActivityJsonConverter"/>) and results. Only plain types belong here (public properties by their C#
/// names, no Json.NET attributes or converters), whose JSON both serializers write alike; <c>DialogValueJsonTests</c>
/// checks each against Json.NET. Any type not listed still works, through Json.NET.
/// </summary>
internal static class DialogValueTypes
{
    private static readonly HashSet<Type> Types =
    [
        typeof(LogisticsAnswers),
        typeof(PlatformAnswers),
        typeof(FixIssueAnswers),
        typeof(ParcelSizeAnswer),
        typeof(FoundChoice),
        typeof(MoneyQuantity),
        typeof(WeightQuantity),
        typeof(GuideFollowUpAnswer),
        typeof(PlaybookWalkResult),
        typeof(Choice),
        typeof(PromptOptions),
        typeof(GuideStartOptions),
        typeof(MainMenuOptions),
        typeof(FixIssueStartOptions),
        typeof(List<string>),
    ];

    /// <summary>Every type listed, for tests that compare them with another serializer.</summary>
    public static IReadOnlyCollection<Type> All => Types;

    public static bool Contains(Type type) => Types.Contains(type);
}
