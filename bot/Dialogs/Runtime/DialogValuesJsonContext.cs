using System.Text.Json.Serialization;
using CrossBorderBot.Dialogs.Guides;
using CrossBorderBot.Dialogs.Prompts;
using CrossBorderBot.Understanding.Quantities;

namespace CrossBorderBot.Dialogs;

/// <summary>
/// System.Text.Json's generated (reflection-free) code for the typed dialog values most turns read and write: the
/// guides' answers and start options (with the recognizer's entities), the prompts' options (their question through <see cref="PromptActivityJsonConverter"/>) and results. Only plain types belong here (public properties by their C# names, no
/// Json.NET attributes or converters), whose JSON both serializers write alike; <c>DialogValueJsonTests</c> checks each
/// against Json.NET. Any type not listed still works, through Json.NET.
/// </summary>
[JsonSerializable(typeof(LogisticsAnswers))]
[JsonSerializable(typeof(PlatformAnswers))]
[JsonSerializable(typeof(FixIssueAnswers))]
[JsonSerializable(typeof(ParcelSizeAnswer))]
[JsonSerializable(typeof(FoundChoice))]
[JsonSerializable(typeof(MoneyQuantity))]
[JsonSerializable(typeof(WeightQuantity))]
[JsonSerializable(typeof(GuideFollowUpAnswer))]
[JsonSerializable(typeof(PlaybookWalkResult))]
[JsonSerializable(typeof(Choice))]
[JsonSerializable(typeof(PromptOptions))]
[JsonSerializable(typeof(GuideStartOptions))]
[JsonSerializable(typeof(MainMenuOptions))]
[JsonSerializable(typeof(FixIssueStartOptions))]
[JsonSerializable(typeof(List<string>))]
internal sealed partial class DialogValuesJsonContext : JsonSerializerContext;
