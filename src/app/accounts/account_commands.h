#pragma once
// Account commands: accounts, contacts, partner accounts and partner users. The typed structs read from
// JSON (see app/command_fields.h); the handlers live in account_commands.cpp and are registered by
// registerAccountCommands (app/command_areas.h).
#include <optional>
#include <string>

#include "app/sandbox.h"

namespace prm::app::accounts {

using fields::Patch;

struct CreateAccount {
    std::string name;
    std::optional<Id> ownerId;  // an active internal user; the one creating it when absent
    std::optional<std::string> industry;
    std::optional<std::string> phone;
    std::optional<std::string> website;
    std::optional<std::string> city;
    std::optional<std::string> country;
};
PRM_FIELDS(CreateAccount, name, ownerId, industry, phone, website, city, country)

// Fields left out (or null) stay as they are; "" empties a text field.
struct UpdateAccount {
    Id accountId = 0;
    std::optional<std::string> name;
    std::optional<Id> ownerId;  // the partner roles of a partner account move with the owner
    std::optional<std::string> industry;
    std::optional<std::string> phone;
    std::optional<std::string> website;
    std::optional<std::string> city;
    std::optional<std::string> country;
};
PRM_FIELDS(UpdateAccount, accountId, name, ownerId, industry, phone, website, city, country)

// DeleteAccount, EnableAsPartner, DisableAsPartner
struct AccountRef {
    Id accountId = 0;
};
PRM_FIELDS(AccountRef, accountId)

struct CreateContact {
    std::optional<Id> accountId;  // none: a contact without an account
    std::optional<Id> ownerId;    // an active internal user; the one creating it when absent
    std::optional<std::string> firstName;
    std::string lastName;
    std::optional<std::string> email;
    std::optional<std::string> phone;
    std::optional<std::string> title;
};
PRM_FIELDS(CreateContact, accountId, ownerId, firstName, lastName, email, phone, title)

// Fields left out (or null) stay as they are, but accountId null takes the contact off its account.
struct UpdateContact {
    Id contactId = 0;
    Patch<Id> accountId;
    std::optional<Id> ownerId;
    std::optional<std::string> firstName;
    std::optional<std::string> lastName;
    std::optional<std::string> email;
    std::optional<std::string> phone;
    std::optional<std::string> title;
};
PRM_FIELDS(UpdateContact, contactId, accountId, ownerId, firstName, lastName, email, phone, title)

struct DeleteContact {
    Id contactId = 0;
};
PRM_FIELDS(DeleteContact, contactId)

// The "New User" page of a contact: every detail defaults from the contact when left out.
struct EnablePartnerUser {
    Id contactId = 0;
    std::optional<std::string> email;     // the contact's e-mail when absent
    std::optional<std::string> username;  // the e-mail when absent
    std::optional<std::string> nickname;
    std::optional<std::string> alias;
    std::optional<Id> profileId;  // a partner profile; Partner Community User when absent
};
PRM_FIELDS(EnablePartnerUser, contactId, email, username, nickname, alias, profileId)

struct SetPartnerUserRole {
    Id userId = 0;
    int level = 0;  // 1 Partner User, 2 Partner Manager, 3 Partner Executive (as many as the account has)
};
PRM_FIELDS(SetPartnerUserRole, userId, level)

}  // namespace prm::app::accounts
