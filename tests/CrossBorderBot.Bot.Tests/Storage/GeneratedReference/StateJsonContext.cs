using System.Text.Json.Serialization;
using CrossBorderBot.Answers;
using CrossBorderBot.Conversation;

namespace CrossBorderBot.Tests.Storage.GeneratedReference;

/// <summary>
/// The source-generated System.Text.Json context that read and wrote the small state values until <c>PlainJson</c>
/// replaced it: kept as the reference the new codec must match. Default settings: nulls written, names as declared.
/// </summary>
[JsonSerializable(typeof(ConversationProfile))]
[JsonSerializable(typeof(LastAnsweredQuestion))]
internal sealed partial class StateJsonContext : JsonSerializerContext;
