using System.Text.Json.Serialization;
using CrossBorderBot.Answers;
using CrossBorderBot.Conversation;

namespace CrossBorderBot.Storage;

/// <summary>
/// System.Text.Json's generated (reflection-free) serializers for the small state objects read on most turns. Their
/// JSON is the same as Json.NET's: public properties by their C# names, in declaration order, nulls written.
/// </summary>
[JsonSerializable(typeof(ConversationProfile))]
[JsonSerializable(typeof(LastAnsweredQuestion))]
internal sealed partial class StateJsonContext : JsonSerializerContext;
