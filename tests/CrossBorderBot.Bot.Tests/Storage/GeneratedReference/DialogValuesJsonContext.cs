using System.Text.Json.Serialization;
using CrossBorderBot.Dialogs;
using CrossBorderBot.Dialogs.Guides;
using CrossBorderBot.Dialogs.Prompts;
using CrossBorderBot.Understanding.Quantities;

namespace CrossBorderBot.Tests.Storage.GeneratedReference;

/// <summary>
/// The source-generated System.Text.Json context that read and wrote the typed dialog values until
/// <c>PlainJson</c> replaced it on the turn path (its generic code was JIT-compiled at every start): kept here as the
/// reference the new codec must match byte for byte and value for value.
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
