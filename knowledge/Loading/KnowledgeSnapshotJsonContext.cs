using System.Text.Json;
using System.Text.Json.Serialization;

namespace CrossBorderBot.Knowledge.Loading;

/// <summary>
/// Source-generated reading and writing of <see cref="KnowledgeSnapshot"/>, with the data format's own settings
/// (<see cref="KnowledgeJson"/>): a start-up reads the snapshot without building the serializer's metadata for some
/// eighty model types by reflection first.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, PropertyNameCaseInsensitive = false, Converters = [typeof(KebabCaseEnumConverter)])]
[JsonSerializable(typeof(KnowledgeSnapshot))]
internal sealed partial class KnowledgeSnapshotJsonContext : JsonSerializerContext;
