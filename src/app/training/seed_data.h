#pragma once
// The demo org: commands that build a realistic channel-sales org (Finnish and English names) in an
// empty sandbox. PRM is NOT enabled: enabling it, and everything after, is the trainee's exercise.
// Leads are added by the lead area (see its own seed); the ids below are what these commands produce
// in an empty sandbox, so later seed steps can refer to them.
#include <vector>

#include "app/sandbox.h"

namespace prm::app::seed {

// Users (1 is the administrator, logged in after CreateOrg; the password is in the Welcome e-mail).
constexpr Id kAdminSannaLehtonen = 1;   // CEO role, System Administrator
constexpr Id kEmmaWilson = 2;           // VP Sales
constexpr Id kMikkoNieminen = 3;        // Channel Sales Manager (Finland)
constexpr Id kLauraMakela = 4;          // Channel Sales Manager (Baltics, UK)
constexpr Id kOliverBrown = 5;          // Sales Rep
constexpr Id kAleksiHeikkinen = 6;      // Sales Rep
// Roles created by CreateOrg.
constexpr Id kRoleCeo = 1, kRoleVpSales = 2, kRoleChannelSalesManager = 3, kRoleSalesRep = 4;
// Profiles created by CreateOrg.
constexpr Id kProfileSystemAdministrator = 1, kProfileStandardUser = 2, kProfilePartnerCommunityUser = 3,
             kProfilePartnerCommunityLogin = 4;
// Accounts: the first four are meant to become partner accounts; the last two are customers.
constexpr Id kNordicPartnersOy = 1;     // owner Mikko Nieminen
constexpr Id kSaimaaItSolutionsOy = 2;  // owner Mikko Nieminen
constexpr Id kBalticResellerGroup = 3;  // owner Laura Mäkelä
constexpr Id kLakesideSystemsLtd = 4;   // owner Laura Mäkelä
constexpr Id kHarjulaLogisticsOy = 5;   // customer, owner Oliver Brown
constexpr Id kBrightwaterRetailLtd = 6; // customer, owner Aleksi Heikkinen
// Contacts.
constexpr Id kMaijaVirtanen = 1;        // Nordic Partners Oy
constexpr Id kJukkaKorhonen = 2;        // Nordic Partners Oy
constexpr Id kSofiaLaine = 3;           // Saimaa IT Solutions Oy
constexpr Id kAnnaKask = 4;             // Baltic Reseller Group
constexpr Id kJamesTaylor = 5;          // Lakeside Systems Ltd
constexpr Id kPekkaJarvinen = 6;        // Harjula Logistics Oy
constexpr Id kEmilyClarke = 7;          // Brightwater Retail Ltd

inline const char* kDemoAdminUsername = "sanna.lehtonen@pohjolatech.example";

// The commands, in order; apply them with Sandbox::executeAll to an empty sandbox.
std::vector<json> demoOrgCommands();

}  // namespace prm::app::seed
