using System.Text.Json;
using System.Text.Json.Serialization;

namespace CrossBorderBot.Dialogs.Slots;

/// <summary>
/// Source-generated reading of slot-vocabulary.json. Json.NET's reflection-based contract resolution checked every new
/// type against its built-in XML and DataSet converters, which loaded System.Private.Xml (and its code) into the
/// process at the first guide turn for this one file; the shape is plain lists and dictionaries of strings.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(SlotVocabularyFile))]
internal sealed partial class SlotVocabularyJsonContext : JsonSerializerContext;
