namespace CrossBorderBot.Conversation;

/// <summary>Where the conversation stands when a message arrives, as the arbiter needs to know it.</summary>
/// <param name="Kind">The menu, a guide's question, a guide's result, or a question that takes any text.</param>
/// <param name="GuideId">The running guide's dialog id; null at the menu.</param>
/// <param name="GuideReadsMessage">True when the running guide finds answers to its questions in the message.</param>
/// <param name="FactsGuide">The intent of the guide that finds answers to two or more of its questions in the message ("b2c, kitchen tools, 600 usd a month"); null when none does.</param>
public sealed record ConversationPlace(ConversationPlaceKind Kind, string? GuideId = null, bool GuideReadsMessage = false, string? FactsGuide = null);
