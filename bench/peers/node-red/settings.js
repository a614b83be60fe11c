// Node-RED settings for the benchmark peer: the flow only, no editor, no persistence, loopback only.
module.exports = {
    uiHost: "127.0.0.1",
    uiPort: parseInt(process.env.PORT || "1880", 10),
    flowFile: "flows.json",
    flowFilePretty: true,
    httpAdminRoot: false,
    httpNodeRoot: "/",
    credentialSecret: false,
    apiMaxLength: "1mb",
    logging: { console: { level: "warn", metrics: false, audit: false } },
    contextStorage: { default: { module: "memory" } },
    functionExternalModules: false
};
