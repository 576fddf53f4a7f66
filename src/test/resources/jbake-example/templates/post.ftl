<#include "header.ftl">
