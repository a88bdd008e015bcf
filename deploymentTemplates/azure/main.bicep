// CrossBorderBot on Azure: App Service on Linux (.NET 10) running the bot under a user-assigned managed identity,
// the Azure Bot resource with the Teams, Slack and Direct Line channels, a shared state store (PostgreSQL Flexible
// Server, or a storage account for the Azure Blob provider), Key Vault holding every secret (the app reads them
// through Key Vault references), and Application Insights on a Log Analytics workspace.
// Compiled to azuredeploy.json beside this file (CI checks that it is current); see README.md for deployment.

targetScope = 'resourceGroup'

@description('Azure region of every resource except the bot (the Azure Bot resource is global).')
param location string = resourceGroup().location

@description('Prefix of resource names; a short hash of the resource group is appended where names must be unique.')
@minLength(3)
@maxLength(12)
param baseName string = 'crossborder'

@description('Where conversation and user state is kept: Postgres (PostgreSQL Flexible Server) or AzureBlob (a storage account).')
@allowed([
  'Postgres'
  'AzureBlob'
])
param stateStore string = 'Postgres'

@description('App Service plan size. Two or more instances need at least B1; use P0v3 or higher in production.')
param appServicePlanSku string = 'B1'

@description('Number of bot instances behind the App Service load balancer (they share the state store).')
@minValue(1)
@maxValue(10)
param instanceCount int = 2

@description('How the bot authenticates to the Bot Framework: UserAssignedMSI (the identity created here, no password), SingleTenant or MultiTenant (an app registration with a password).')
@allowed([
  'UserAssignedMSI'
  'SingleTenant'
  'MultiTenant'
])
param microsoftAppType string = 'UserAssignedMSI'

@description('App registration id for SingleTenant or MultiTenant; leave empty with UserAssignedMSI (the identity\'s client id is used).')
param microsoftAppId string = ''

@description('App registration password for SingleTenant or MultiTenant; leave empty with UserAssignedMSI.')
@secure()
param microsoftAppPassword string = ''

@description('Pricing tier of the Azure Bot resource (F0 is free; S1 for production traffic).')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('Slack app client id (Basic Information → App Credentials). Leave empty to skip the Slack channel.')
@secure()
param slackClientId string = ''

@description('Slack app client secret.')
@secure()
param slackClientSecret string = ''

@description('Slack app signing secret; also used by the bot\'s own Slack endpoints (/api/slack/*).')
@secure()
param slackSigningSecret string = ''

@description('Slack bot token (xoxb-…) for the bot\'s own Slack endpoints; leave empty when Slack goes through Azure Bot Service only.')
@secure()
param slackBotToken string = ''

@description('Secret of the bot\'s own Direct Line endpoint for the embedded web chat (a new random value by default).')
@secure()
param directLineSecret string = newGuid()

@description('Key for the admin endpoints (POST /api/admin/…); a new random value by default.')
@secure()
param adminApiKey string = newGuid()

@description('Administrator login of the PostgreSQL server (stateStore = Postgres).')
param postgresAdminLogin string = 'crossborderadmin'

@description('Administrator password of the PostgreSQL server (stateStore = Postgres): at least 8 characters of three kinds.')
@secure()
param postgresAdminPassword string = ''

@description('PostgreSQL major version.')
param postgresVersion string = '16'

var suffix = uniqueString(resourceGroup().id)
var usePostgres = stateStore == 'Postgres'
var useSlack = !empty(slackClientId)
var webAppName = '${baseName}-bot-${suffix}'
var keyVaultName = take('${baseName}kv${suffix}', 24)
var storageAccountName = take('${toLower(baseName)}st${suffix}', 24)
var postgresServerName = '${baseName}-pg-${suffix}'
var postgresDatabaseName = 'crossborderbot'
var stateContainerName = 'bot-state'
var botHost = '${webAppName}.azurewebsites.net'

// Built-in role: Key Vault Secrets User (read secret values).
var keyVaultSecretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${baseName}-bot-identity'
  location: location
}

resource logAnalytics 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${baseName}-logs-${suffix}'
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 30
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${baseName}-insights-${suffix}'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logAnalytics.id
    DisableLocalAuth: false
  }
}

resource postgres 'Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01' = if (usePostgres) {
  name: postgresServerName
  location: location
  sku: {
    name: 'Standard_B1ms'
    tier: 'Burstable'
  }
  properties: {
    version: postgresVersion
    administratorLogin: postgresAdminLogin
    administratorLoginPassword: postgresAdminPassword
    storage: {
      storageSizeGB: 32
    }
    backup: {
      backupRetentionDays: 7
      geoRedundantBackup: 'Disabled'
    }
    highAvailability: {
      mode: 'Disabled'
    }
  }
}

resource postgresDatabase 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2024-08-01' = if (usePostgres) {
  parent: postgres
  name: postgresDatabaseName
  properties: {
    charset: 'UTF8'
    collation: 'en_US.utf8'
  }
}

// 0.0.0.0 to 0.0.0.0 is Azure's convention for "connections from Azure services", which includes App Service.
resource postgresAllowAzure 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2024-08-01' = if (usePostgres) {
  parent: postgres
  name: 'AllowAzureServices'
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
}

resource storageAccount 'Microsoft.Storage/storageAccounts@2023-05-01' = if (!usePostgres) {
  name: storageAccountName
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    allowBlobPublicAccess: false
    supportsHttpsTrafficOnly: true
  }
}

resource keyVault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: keyVaultName
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 7
  }
}

resource identityReadsSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: keyVault
  name: guid(keyVault.id, identity.id, keyVaultSecretsUserRoleId)
  properties: {
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUserRoleId)
  }
}

resource stateConnectionSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: keyVault
  name: 'state-store-connection-string'
  properties: {
    value: usePostgres
      ? 'Host=${postgres!.properties.fullyQualifiedDomainName};Database=${postgresDatabaseName};Username=${postgresAdminLogin};Password=${postgresAdminPassword};SSL Mode=Require'
      : 'DefaultEndpointsProtocol=https;AccountName=${storageAccount.name};AccountKey=${storageAccount!.listKeys().keys[0].value};EndpointSuffix=${environment().suffixes.storage}'
  }
}

resource directLineSecretEntry 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: keyVault
  name: 'direct-line-secret'
  properties: {
    value: directLineSecret
  }
}

resource adminApiKeySecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: keyVault
  name: 'admin-api-key'
  properties: {
    value: adminApiKey
  }
}

resource appInsightsConnectionSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: keyVault
  name: 'application-insights-connection-string'
  properties: {
    value: appInsights.properties.ConnectionString
  }
}

resource slackSigningSecretEntry 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(slackSigningSecret)) {
  parent: keyVault
  name: 'slack-signing-secret'
  properties: {
    value: slackSigningSecret
  }
}

resource slackBotTokenSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(slackBotToken)) {
  parent: keyVault
  name: 'slack-bot-token'
  properties: {
    value: slackBotToken
  }
}

resource appPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (microsoftAppType != 'UserAssignedMSI') {
  parent: keyVault
  name: 'microsoft-app-password'
  properties: {
    value: microsoftAppPassword
  }
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: '${baseName}-plan-${suffix}'
  location: location
  kind: 'linux'
  sku: {
    name: appServicePlanSku
    capacity: instanceCount
  }
  properties: {
    reserved: true
  }
}

var keyVaultReference = '@Microsoft.KeyVault(VaultName=${keyVault.name};SecretName='

var commonSettings = [
  {
    name: 'MicrosoftAppType'
    value: microsoftAppType
  }
  {
    name: 'MicrosoftAppId'
    value: microsoftAppType == 'UserAssignedMSI' ? identity.properties.clientId : microsoftAppId
  }
  {
    name: 'MicrosoftAppTenantId'
    value: microsoftAppType == 'MultiTenant' ? '' : subscription().tenantId
  }
  {
    name: 'Storage__Provider'
    value: stateStore
  }
  {
    name: 'DirectLine__Secret'
    value: '${keyVaultReference}${directLineSecretEntry.name})'
  }
  {
    name: 'Admin__ApiKey'
    value: '${keyVaultReference}${adminApiKeySecret.name})'
  }
  {
    name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
    value: '${keyVaultReference}${appInsightsConnectionSecret.name})'
  }
  {
    name: 'SCM_DO_BUILD_DURING_DEPLOYMENT'
    value: 'false'
  }
]

var storeSettings = usePostgres
  ? [
      {
        name: 'Storage__Postgres__ConnectionString'
        value: '${keyVaultReference}${stateConnectionSecret.name})'
      }
    ]
  : [
      {
        name: 'Storage__AzureBlob__ConnectionString'
        value: '${keyVaultReference}${stateConnectionSecret.name})'
      }
      {
        name: 'Storage__AzureBlob__Container'
        value: stateContainerName
      }
    ]

var passwordSettings = microsoftAppType == 'UserAssignedMSI'
  ? [
      {
        name: 'MicrosoftAppPassword'
        value: ''
      }
    ]
  : [
      {
        name: 'MicrosoftAppPassword'
        value: '${keyVaultReference}${appPasswordSecret.name})'
      }
    ]

var slackSettings = concat(
  empty(slackSigningSecret)
    ? []
    : [
        {
          name: 'Slack__SigningSecret'
          value: '${keyVaultReference}${slackSigningSecretEntry.name})'
        }
      ],
  empty(slackBotToken)
    ? []
    : [
        {
          name: 'Slack__BotToken'
          value: '${keyVaultReference}${slackBotTokenSecret.name})'
        }
      ]
)

resource webApp 'Microsoft.Web/sites@2024-04-01' = {
  name: webAppName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      healthCheckPath: '/healthz'
      appSettings: concat(commonSettings, storeSettings, passwordSettings, slackSettings)
    }
  }
  dependsOn: [
    identityReadsSecrets
  ]
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${baseName}-bot-${suffix}'
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: 'CrossBorderBot'
    description: 'Cross-border e-commerce guide for small and medium-sized exporters.'
    endpoint: 'https://${botHost}/api/messages'
    msaAppId: microsoftAppType == 'UserAssignedMSI' ? identity.properties.clientId : microsoftAppId
    msaAppType: microsoftAppType
    msaAppMSIResourceId: microsoftAppType == 'UserAssignedMSI' ? identity.id : null
    msaAppTenantId: microsoftAppType == 'MultiTenant' ? null : subscription().tenantId
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

resource directLineChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'DirectLineChannel'
  location: 'global'
  properties: {
    channelName: 'DirectLineChannel'
    properties: {
      sites: [
        {
          siteName: 'Default Site'
          isEnabled: true
          isV1Enabled: false
          isV3Enabled: true
        }
      ]
    }
  }
}

resource slackChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = if (useSlack) {
  parent: bot
  name: 'SlackChannel'
  location: 'global'
  properties: {
    channelName: 'SlackChannel'
    properties: {
      isEnabled: true
      clientId: slackClientId
      clientSecret: slackClientSecret
      signingSecret: slackSigningSecret
      landingPageUrl: 'https://${botHost}/'
    }
  }
}

@description('The bot\'s host name; the messaging endpoint is https://<host>/api/messages.')
output botHostName string = webApp.properties.defaultHostName

@description('The messaging endpoint registered on the Azure Bot resource.')
output messagingEndpoint string = bot.properties.endpoint

@description('Name of the App Service app (for `az webapp deploy`).')
output webAppName string = webApp.name

@description('Client id of the managed identity the bot runs as (its Microsoft App ID with UserAssignedMSI).')
output botIdentityClientId string = identity.properties.clientId

@description('Name of the Key Vault that holds the secrets.')
output keyVaultName string = keyVault.name
