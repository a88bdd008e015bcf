namespace CrossBorderBot.Understanding;

/// <summary>
/// The types of entity the recognizer finds. In <c>RecognizerResult.Entities</c> each type is a key
/// (<see cref="EntityTypes.Key"/>) holding an array of objects, in order of appearance (issue types: the most specific
/// first): country <c>{code, text}</c>, region <c>{id, text}</c>, weight <c>{kilograms, text}</c>,
/// money <c>{amount, currency, text}</c>, category <c>{id, text}</c>, issueType <c>{id, text}</c>,
/// platform <c>{id, text}</c>, dimensions <c>{id: "LxWxH" in centimetres, text}</c>,
/// sensitiveGoods <c>{id: battery | liquid | powder | magnet, text}</c>, answer <c>{id: yes | no | unknown, text}</c>.
/// A key is absent when nothing of that kind was found. A city or port the geography data knows is reported as
/// its country.
/// </summary>
public enum EntityType
{
    Country,
    Region,
    Weight,
    Money,
    Category,
    IssueType,
    Platform,
    Dimensions,
    SensitiveGoods,
    Answer,
}
